package vn.lienthong.axis.trust;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * RFC 5280 path validation by BouncyCastle's PKIX CertPathValidator (signatures, names, basic
 * constraints, path length, name constraints, policies, critical extensions) at a chosen instant.
 * Revocation is checked separately by a {@link RevocationChecker}.
 */
final class PkixValidation {
    private PkixValidation() {}

    /** {@code path} is signer first, anchor excluded. */
    static void validate(List<X509Certificate> path, X509Certificate anchor, Date at) {
        try {
            CertPath certPath = Pem.factory().generateCertPath(path);
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            params.setDate(at);
            params.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX", Bc.PROVIDER).validate(certPath, params);
        } catch (CertPathValidatorException e) {
            throw new AxisException(codeOf(e), "PKIX path validation failed"
                    + (e.getIndex() >= 0 && e.getIndex() < path.size()
                    ? " at " + Certificates.subject(path.get(e.getIndex())) : "")
                    + ": " + e.getMessage(), "Signature/KeyInfo/X509Data", e);
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "PKIX validation could not run: " + e.getMessage(), null, e);
        }
    }

    private static AxisErrorCode codeOf(CertPathValidatorException e) {
        if (e.getReason() instanceof BasicReason r) {
            return switch (r) {
                case EXPIRED -> AxisErrorCode.CERT_EXPIRED;
                case NOT_YET_VALID -> AxisErrorCode.CERT_NOT_YET_VALID;
                case REVOKED -> AxisErrorCode.CERT_REVOKED;
                case ALGORITHM_CONSTRAINED -> AxisErrorCode.WEAK_CERT_ALGORITHM;
                case UNDETERMINED_REVOCATION_STATUS -> AxisErrorCode.REVOCATION_UNAVAILABLE;
                default -> AxisErrorCode.UNTRUSTED_SIGNER;
            };
        }
        if (e.getReason() == PKIXReason.INVALID_KEY_USAGE) {
            return AxisErrorCode.KEY_USAGE;
        }
        return AxisErrorCode.UNTRUSTED_SIGNER;
    }
}
