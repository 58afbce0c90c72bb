package vn.lienthong.axis.signature.report;

import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.pdf.PdfAttachmentReport;

/**
 * The verification report of one package (JSON-serialisable): the package signature, the PDF
 * attachments, the policy applied and the decision; {@code code}/{@code detail}/{@code field} when refused.
 */
public record VerificationReport(boolean valid, String code, String detail, String field, String policy,
        String attachmentPolicy, PackageSignatureReport packageSignature, List<PdfAttachmentReport> attachments,
        String verifiedAt) {

    /** Throws the refusal this report records; returns normally for a valid report. */
    public void enforce() {
        if (!valid) {
            throw new AxisException(AxisErrorCode.valueOf(code), detail, field);
        }
    }

    /** Short form for receipts: valid, signed, signer subject, policy. */
    public Summary summary() {
        String signer = packageSignature.signature() == null ? null : packageSignature.signature().signerSubject();
        return new Summary(valid, "VALID".equals(packageSignature.status()), signer, policy);
    }

    public record Summary(boolean valid, boolean signed, String signer, String policy) {}
}
