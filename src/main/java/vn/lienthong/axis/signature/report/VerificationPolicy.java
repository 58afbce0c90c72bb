package vn.lienthong.axis.signature.report;

import vn.lienthong.axis.signature.pdf.AttachmentSignaturePolicy;

/** The signature policy that applies to one package: its sender agency's, or the configured default. */
public record VerificationPolicy(PackageSignatureRule packageSignature, AttachmentSignaturePolicy attachmentSignatures) {
    public static final VerificationPolicy DEFAULT =
            new VerificationPolicy(PackageSignatureRule.REQUIRED, AttachmentSignaturePolicy.DEFAULT);
}
