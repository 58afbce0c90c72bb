package vn.lienthong.axis.signature.pdf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What the CMS check learned about one signature: the failure (null when the CMS verifies), the signer
 * and its certificates, the digest algorithm and the signing time found in the CMS.
 */
record CmsOutcome(
        PdfSignatureReason failure,
        String detail,
        X509Certificate signer,
        List<X509Certificate> certificates,
        String digestAlgorithm,
        Instant signingTime,
        String signingTimeSource) {

    static CmsOutcome failed(PdfSignatureReason reason, String detail) {
        return new CmsOutcome(reason, detail, null, List.of(), null, null, null);
    }

    CmsOutcome withFailure(PdfSignatureReason reason, String why) {
        return new CmsOutcome(reason, why, signer, certificates, digestAlgorithm, signingTime, signingTimeSource);
    }

    boolean verified() {
        return failure == null;
    }
}
