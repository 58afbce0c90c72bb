package vn.lienthong.axis.signature.pdf;

import java.time.Instant;
import java.util.List;

/**
 * The verification of one signature of a PDF attachment, shaped for the package verification report (JSON).
 *
 * @param fieldName          the signature field's fully qualified name
 * @param type               {@code Sig} (signature) or {@code DocTimeStamp} (document time-stamp)
 * @param subFilter          e.g. {@code ETSI.CAdES.detached}, {@code adbe.pkcs7.detached}, {@code ETSI.RFC3161}
 * @param signerSubject      the signer certificate subject (RFC 2253), or null when no signer was found
 * @param signerOrganisation the subject's O (cơ quan, tổ chức), or null
 * @param signingTime        claimed signing time, or the time-stamp's genTime; null when none
 * @param signingTimeSource  {@code CMS_SIGNING_TIME}, {@code PDF_M}, {@code TIMESTAMP_GEN_TIME}, or null
 * @param digestAlgorithm    e.g. {@code SHA-256}, or null when the CMS could not be read
 * @param byteRange          the /ByteRange as found (empty when absent)
 * @param coversWholeDocument true when the signed revision ends at the end of the file
 * @param status             VALID, INVALID or INDETERMINATE
 * @param reason             why not VALID; null when VALID
 * @param detail             words an integrator can act on; empty when VALID and nothing to note
 */
public record PdfSignatureResult(
        String fieldName,
        String type,
        String subFilter,
        String signerSubject,
        String signerOrganisation,
        Instant signingTime,
        String signingTimeSource,
        String digestAlgorithm,
        List<Long> byteRange,
        boolean coversWholeDocument,
        SignatureStatus status,
        PdfSignatureReason reason,
        String detail) {

    public PdfSignatureResult {
        byteRange = byteRange == null ? List.of() : List.copyOf(byteRange);
        detail = detail == null ? "" : detail;
    }

    /** This result with a failure that outranks it. */
    public PdfSignatureResult withFailure(PdfSignatureReason failure, String why) {
        return new PdfSignatureResult(fieldName, type, subFilter, signerSubject, signerOrganisation, signingTime,
                signingTimeSource, digestAlgorithm, byteRange, coversWholeDocument, failure.status(), failure, why);
    }

    public boolean valid() {
        return status == SignatureStatus.VALID;
    }
}
