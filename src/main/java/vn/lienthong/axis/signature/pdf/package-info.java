/**
 * Verification of signed PDF attachments (văn bản điện tử ký số, PAdES / PKCS#7 detached):
 * byte ranges, CMS, signer chain (through {@link vn.lienthong.axis.signature.pdf.SignerChainJudge}),
 * changes after signing, and the attachment signature policy. Plain Java; never modifies the PDF.
 */
package vn.lienthong.axis.signature.pdf;
