/**
 * The SAMPLE PKI generator: a fluent certificate builder (also used by tests to mint certificates
 * with custom validity, key usage, CRL and OCSP pointers) and the {@code certs-sample/} folder writer.
 */
package vn.lienthong.axis.trust.sample;
