package vn.lienthong.axis.signature.pdf;

import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Whether a package may go on, given one PDF attachment's signature report and the policy.
 *
 * @param attachmentName the attachment, used as the error field
 * @param accepted       true when the attachment does not stop the package
 * @param code           the refusal code; null when accepted
 * @param detail         words an integrator can act on
 */
public record AttachmentSignatureDecision(String attachmentName, boolean accepted, AxisErrorCode code, String detail) {

    static AttachmentSignatureDecision accept(String attachmentName, String detail) {
        return new AttachmentSignatureDecision(attachmentName, true, null, detail);
    }

    static AttachmentSignatureDecision refuse(String attachmentName, AxisErrorCode code, String detail) {
        return new AttachmentSignatureDecision(attachmentName, false, code, detail);
    }

    /** The refusal as the axis exception, with the attachment name as field; null when accepted. */
    public AxisException toException() {
        return accepted ? null : new AxisException(code, detail, attachmentName);
    }

    /** Throws the refusal; does nothing when accepted. */
    public void enforce() {
        if (!accepted) {
            throw toException();
        }
    }
}
