package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * One certificate of a validated chain, as the verification report shows it.
 *
 * @param role SIGNER, INTERMEDIATE or ANCHOR
 * @param subject subject DN (RFC 2253)
 * @param issuer issuer DN (RFC 2253)
 * @param serialNumber serial number in hex
 * @param sha256 SHA-256 fingerprint of the DER encoding, lower-case hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param key key algorithm and size, e.g. {@code RSA-2048}
 * @param signatureAlgorithm the issuer's signature algorithm on this certificate
 */
public record ChainElement(Role role, String subject, String issuer, String serialNumber, String sha256,
                           Instant notBefore, Instant notAfter, String key, String signatureAlgorithm) {

    /** Position in the chain. */
    public enum Role { SIGNER, INTERMEDIATE, ANCHOR }

    public static ChainElement of(Role role, X509Certificate cert) {
        return new ChainElement(role, Certificates.subject(cert), Certificates.issuer(cert),
                cert.getSerialNumber().toString(16), Certificates.sha256(cert),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                cert.getPublicKey().getAlgorithm() + "-" + Certificates.keySize(cert.getPublicKey()),
                cert.getSigAlgName());
    }
}
