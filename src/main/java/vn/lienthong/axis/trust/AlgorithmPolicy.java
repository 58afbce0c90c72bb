package vn.lienthong.axis.trust;

import java.util.Locale;
import java.util.Set;

/**
 * Minimum strength of certificates in a path: no MD2/MD5/SHA-1 signatures on non-anchor
 * certificates, RSA and DSA keys of at least 2048 bits, EC keys of at least 256 bits.
 *
 * @param minRsaBits minimum RSA (and DSA) modulus size
 * @param minEcBits minimum EC field size
 */
public record AlgorithmPolicy(int minRsaBits, int minEcBits) {
    /** RSA ≥ 2048, EC ≥ 256. */
    public static final AlgorithmPolicy DEFAULT = new AlgorithmPolicy(2048, 256);

    private static final Set<String> WEAK_SIGNATURE_OIDS = Set.of(
            "1.2.840.113549.1.1.2",  // md2WithRSAEncryption
            "1.2.840.113549.1.1.4",  // md5WithRSAEncryption
            "1.2.840.113549.1.1.5",  // sha1WithRSAEncryption
            "1.3.14.3.2.29",         // sha1WithRSA (OIW)
            "1.2.840.10045.4.1",     // ecdsa-with-SHA1
            "1.2.840.10040.4.3");    // dsa-with-sha1

    /** True if a certificate signature algorithm (OID and name) is too weak. */
    public boolean isWeakSignature(String oid, String name) {
        String n = name == null ? "" : name.toUpperCase(Locale.ROOT).replace("-", "");
        return WEAK_SIGNATURE_OIDS.contains(oid) || n.startsWith("SHA1") || n.startsWith("MD5") || n.startsWith("MD2");
    }

    /** True if a key of {@code algorithm} with {@code bits} is too short. */
    public boolean isWeakKey(String algorithm, int bits) {
        return switch (algorithm) {
            case "RSA", "DSA" -> bits < minRsaBits;
            case "EC", "ECDSA" -> bits < minEcBits;
            default -> false;
        };
    }
}
