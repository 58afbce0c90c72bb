package vn.lienthong.axis.trust;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The checks the axis makes itself, before PKIX, so that each failure has its precise code:
 * CA constraints of issuers, weak signature algorithms and keys, validity at the validation time,
 * and the signer's key usage.
 */
final class PathChecks {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_CERT_SIGN = 5;

    private final AlgorithmPolicy policy;

    PathChecks(AlgorithmPolicy policy) {
        this.policy = policy;
    }

    /** {@code path} is signer first, anchor excluded. */
    void check(List<X509Certificate> path, X509Certificate anchor, Date at) {
        List<X509Certificate> withAnchor = new ArrayList<>(path);
        withAnchor.add(anchor);
        for (int i = 1; i < withAnchor.size(); i++) {
            checkIssuer(withAnchor.get(i), withAnchor.get(i - 1));
        }
        for (X509Certificate cert : path) {
            if (policy.isWeakSignature(cert.getSigAlgOID(), cert.getSigAlgName())) {
                throw refuse(AxisErrorCode.WEAK_CERT_ALGORITHM, Certificates.subject(cert) + " is signed with "
                        + cert.getSigAlgName() + "; SHA-1 and MD5 certificate signatures are refused");
            }
        }
        for (X509Certificate cert : withAnchor) {
            String alg = cert.getPublicKey().getAlgorithm();
            int bits = Certificates.keySize(cert.getPublicKey());
            if (policy.isWeakKey(alg, bits)) {
                throw refuse(AxisErrorCode.WEAK_KEY, Certificates.subject(cert) + " has a " + alg + "-" + bits
                        + " key; at least RSA-" + policy.minRsaBits() + " or EC-" + policy.minEcBits() + " is required");
            }
        }
        for (X509Certificate cert : withAnchor) {
            checkValidity(cert, at);
        }
        checkSignerKeyUsage(path.get(0));
    }

    private static void checkIssuer(X509Certificate issuer, X509Certificate issued) {
        if (issuer.getBasicConstraints() < 0) {
            throw refuse(AxisErrorCode.UNTRUSTED_SIGNER, Certificates.subject(issuer) + " issued "
                    + Certificates.subject(issued) + " but is not a CA (basicConstraints CA:true is missing)");
        }
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length <= KEY_CERT_SIGN || !ku[KEY_CERT_SIGN])) {
            throw refuse(AxisErrorCode.KEY_USAGE, Certificates.subject(issuer) + " issued "
                    + Certificates.subject(issued) + " but its keyUsage lacks keyCertSign");
        }
    }

    private static void checkValidity(X509Certificate cert, Date at) {
        try {
            cert.checkValidity(at);
        } catch (CertificateExpiredException e) {
            throw refuse(AxisErrorCode.CERT_EXPIRED, Certificates.subject(cert) + " expired on "
                    + cert.getNotAfter().toInstant() + " (validation time " + at.toInstant() + ")");
        } catch (CertificateNotYetValidException e) {
            throw refuse(AxisErrorCode.CERT_NOT_YET_VALID, Certificates.subject(cert) + " is valid only from "
                    + cert.getNotBefore().toInstant() + " (validation time " + at.toInstant() + ")");
        }
    }

    private static void checkSignerKeyUsage(X509Certificate signer) {
        boolean[] ku = signer.getKeyUsage();
        boolean ok = ku != null && ((ku.length > DIGITAL_SIGNATURE && ku[DIGITAL_SIGNATURE])
                || (ku.length > NON_REPUDIATION && ku[NON_REPUDIATION]));
        if (!ok) {
            throw refuse(AxisErrorCode.KEY_USAGE, "The signer certificate " + Certificates.subject(signer)
                    + " does not allow signing: keyUsage must contain digitalSignature or nonRepudiation");
        }
    }

    private static AxisException refuse(AxisErrorCode code, String detail) {
        return ChainBuilder.refuse(code, detail);
    }
}
