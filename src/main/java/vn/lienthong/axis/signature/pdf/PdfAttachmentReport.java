package vn.lienthong.axis.signature.pdf;

import java.util.List;

/**
 * The signature verification of one PDF attachment (tệp đính kèm), shaped for the package verification report.
 *
 * @param attachmentName the attachment's name in the package
 * @param signed         true when the PDF carries at least one signature or document time-stamp
 * @param status         the attachment's overall status
 * @param reason         the first reason that made the attachment not VALID; null otherwise
 * @param detail         words an integrator can act on
 * @param signatures     one entry per signature, in signing order (earliest revision first)
 */
public record PdfAttachmentReport(
        String attachmentName,
        boolean signed,
        Status status,
        PdfSignatureReason reason,
        String detail,
        List<PdfSignatureResult> signatures) {

    /** Overall status of an attachment. */
    public enum Status { VALID, INVALID, INDETERMINATE, NOT_SIGNED }

    public PdfAttachmentReport {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        detail = detail == null ? "" : detail;
    }

    /** Bytes that are not a readable PDF: INVALID, never an exception. */
    public static PdfAttachmentReport malformed(String attachmentName, String detail) {
        return new PdfAttachmentReport(attachmentName, false, Status.INVALID, PdfSignatureReason.PDF_MALFORMED,
                detail, List.of());
    }

    public static PdfAttachmentReport notSigned(String attachmentName) {
        return new PdfAttachmentReport(attachmentName, false, Status.NOT_SIGNED, null,
                "the PDF carries no signature", List.of());
    }

    /** Aggregates: any INVALID signature makes the attachment INVALID, else any INDETERMINATE, else VALID. */
    public static PdfAttachmentReport of(String attachmentName, List<PdfSignatureResult> signatures) {
        if (signatures.isEmpty()) {
            return notSigned(attachmentName);
        }
        for (SignatureStatus worst : List.of(SignatureStatus.INVALID, SignatureStatus.INDETERMINATE)) {
            for (PdfSignatureResult s : signatures) {
                if (s.status() == worst) {
                    return new PdfAttachmentReport(attachmentName, true, Status.valueOf(worst.name()), s.reason(),
                            "signature '" + s.fieldName() + "': " + s.detail(), signatures);
                }
            }
        }
        return new PdfAttachmentReport(attachmentName, true, Status.VALID, null,
                signatures.size() + " valid signature(s)", signatures);
    }
}
