/**
 * Verification of signed PDF attachments (văn bản điện tử ký số: signer signature plus agency seal, PAdES):
 * {@link vn.lienthong.axis.signature.pdf.PdfSignatureInspector} checks every /Sig and /DocTimeStamp, and
 * {@link vn.lienthong.axis.signature.pdf.AttachmentSignaturePolicy} turns the report into accept or refuse.
 *
 * <p>Rules, in the order they decide a signature's status (first failure wins):
 * /Contents present and not only padding; /ByteRange {@code [0 a b c]} with the gap exactly this /Contents
 * hex string and {@code b+c} at a {@code %%EOF}; detached CMS (SHA-256 or stronger, RSA ≥ 2048, EC ≥ 256)
 * whose message-digest matches the ranges and whose signature verifies with the signer certificate in the
 * CMS; no disallowed change in later revisions (only signatures, time-stamps, DSS, XMP may follow); then
 * the signer chain through {@link vn.lienthong.axis.signature.pdf.SignerChainJudge}: UNTRUSTED gives
 * INVALID/SIGNER_UNTRUSTED, INDETERMINATE gives INDETERMINATE (never accepted). The PDF is never modified.
 */
package vn.lienthong.axis.signature.pdf;
