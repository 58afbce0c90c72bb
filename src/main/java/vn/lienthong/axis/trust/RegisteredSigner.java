package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.Locale;

/**
 * A signing identity registered for an agency: a certificate's SHA-256 fingerprint, or a subject DN
 * (which admits renewed certificates with the same subject). One of the two is set.
 *
 * @param sha256 lower-case hex fingerprint, or null
 * @param subjectDn subject DN (RFC 2253), or null
 */
public record RegisteredSigner(String sha256, String subjectDn) {

    public static RegisteredSigner fingerprint(String sha256) {
        return new RegisteredSigner(sha256.replace(":", "").toLowerCase(Locale.ROOT), null);
    }

    public static RegisteredSigner subject(String subjectDn) {
        return new RegisteredSigner(null, subjectDn);
    }

    public static RegisteredSigner of(X509Certificate cert) {
        return fingerprint(Certificates.sha256(cert));
    }

    /** True if {@code cert} is this signer. */
    public boolean matches(X509Certificate cert) {
        if (sha256 != null && sha256.replace(":", "").equalsIgnoreCase(Certificates.sha256(cert))) {
            return true;
        }
        return subjectDn != null
                && new javax.security.auth.x500.X500Principal(subjectDn).equals(cert.getSubjectX500Principal());
    }
}
