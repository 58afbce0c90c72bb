package vn.lienthong.axis.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The outcome of a successful package signature check. The certificates are handed to the trust
 * service (path, revocation, signer-to-agency binding); render {@link #report()} as JSON.
 *
 * @param namespace which namespace the Signature element used
 * @param signingTime the claimed SigningTime, or null; it sits in the (unsigned) Signature Object
 */
public record SignatureCheck(
        SignatureNamespace namespace,
        String canonicalizationMethod,
        String signatureMethod,
        String digestMethod,
        List<String> transforms,
        X509Certificate signer,
        List<X509Certificate> chain,
        Instant signingTime) {

    public SignatureCheck {
        transforms = List.copyOf(transforms);
        chain = List.copyOf(chain);
    }

    /** A JSON-friendly view (strings and lists only). */
    public Report report() {
        return new Report(namespace.name(), canonicalizationMethod, signatureMethod, digestMethod, transforms,
                signer.getSubjectX500Principal().getName(), signer.getIssuerX500Principal().getName(),
                signer.getSerialNumber().toString(16), fingerprint(signer),
                chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList(),
                signingTime == null ? null : signingTime.toString());
    }

    /** The JSON view of a {@link SignatureCheck}. */
    public record Report(String namespace, String canonicalizationMethod, String signatureMethod,
            String digestMethod, List<String> transforms, String signerSubject, String signerIssuer,
            String signerSerialHex, String signerSha256, List<String> chainSubjects, String signingTime) {}

    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return null;
        }
    }
}
