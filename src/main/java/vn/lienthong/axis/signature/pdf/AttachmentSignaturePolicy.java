package vn.lienthong.axis.signature.pdf;

import java.util.List;
import java.util.Locale;
import vn.lienthong.axis.error.AxisErrorCode;

/**
 * How signatures of PDF attachments decide a package's fate (chính sách chữ ký tệp đính kèm).
 * <ul>
 *   <li>{@code if-present} (default): verified and reported; refused when a present signature is not VALID
 *       or the PDF cannot be read.</li>
 *   <li>{@code required}: every PDF attachment must carry signatures, all VALID (so at least one).</li>
 *   <li>{@code off}: not inspected.</li>
 * </ul>
 * INDETERMINATE is never accepted; when only revocation status was unobtainable the refusal is the
 * retryable {@link AxisErrorCode#REVOCATION_UNAVAILABLE}, otherwise {@link AxisErrorCode#ATTACHMENT_SIGNATURE_INVALID}.
 */
public enum AttachmentSignaturePolicy {
    IF_PRESENT, REQUIRED, OFF;

    /** The policy used when none is configured. */
    public static final AttachmentSignaturePolicy DEFAULT = IF_PRESENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code if-present}, {@code required} or {@code off} (case-insensitive). */
    public static AttachmentSignaturePolicy fromWire(String s) {
        for (AttachmentSignaturePolicy p : values()) {
            if (p.wireName().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("attachment signature policy must be if-present, required or off, not " + s);
    }

    /** Whether attachments need inspecting at all under this policy. */
    public boolean inspects() {
        return this != OFF;
    }

    /** The decision for one attachment; {@code report} may be null under {@code off}. */
    public AttachmentSignatureDecision decide(PdfAttachmentReport report) {
        String name = report == null ? null : report.attachmentName();
        if (this == OFF) {
            return AttachmentSignatureDecision.accept(name, "attachment signatures are not checked (policy off)");
        }
        return switch (report.status()) {
            case VALID -> AttachmentSignatureDecision.accept(name, report.detail());
            case NOT_SIGNED -> this == REQUIRED
                    ? AttachmentSignatureDecision.refuse(name, AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID,
                        "PDF attachment '" + name + "' carries no signature; the policy requires a valid one")
                    : AttachmentSignatureDecision.accept(name, "PDF attachment is not signed (for information only)");
            case INVALID, INDETERMINATE -> AttachmentSignatureDecision.refuse(name, refusalCode(report),
                    "PDF attachment '" + name + "' signature is " + report.status() + " ("
                            + report.reason() + "): " + report.detail());
        };
    }

    /** The first refusal among the attachments, or an acceptance when none refuses. */
    public AttachmentSignatureDecision decideAll(List<PdfAttachmentReport> reports) {
        for (PdfAttachmentReport r : reports) {
            AttachmentSignatureDecision d = decide(r);
            if (!d.accepted()) {
                return d;
            }
        }
        return AttachmentSignatureDecision.accept(null, reports.size() + " PDF attachment(s) pass policy " + wireName());
    }

    private static AxisErrorCode refusalCode(PdfAttachmentReport report) {
        return report.reason() == PdfSignatureReason.REVOCATION_UNAVAILABLE
                ? AxisErrorCode.REVOCATION_UNAVAILABLE : AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID;
    }
}
