/**
 * Trust in signer certificates: trust anchors, PKIX path validation, CRL/OCSP revocation with a
 * cache, and the binding of a signer to the sending agency. Plain Java with BouncyCastle.
 */
package vn.lienthong.axis.trust;
