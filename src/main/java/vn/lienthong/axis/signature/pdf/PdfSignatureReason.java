package vn.lienthong.axis.signature.pdf;

/** Stable reason codes for a PDF signature or attachment that is not {@code VALID}. Never rename; add new ones. */
public enum PdfSignatureReason {
    /** The bytes are not a PDF, or PDFBox cannot parse them. */
    PDF_MALFORMED(SignatureStatus.INVALID),
    /** /ByteRange is missing, not four non-negative integers, or does not cover the revision except /Contents. */
    BYTE_RANGE_INVALID(SignatureStatus.INVALID),
    /** /Contents is missing, empty or only zero padding. */
    CONTENTS_MISSING(SignatureStatus.INVALID),
    /** The /SubFilter is not one the axis verifies (e.g. adbe.pkcs7.sha1, adbe.x509.rsa_sha1). */
    SUBFILTER_NOT_SUPPORTED(SignatureStatus.INVALID),
    /** /Contents is not a parsable detached CMS, carries no signer certificate, or its signature value is wrong. */
    CMS_INVALID(SignatureStatus.INVALID),
    /** The digest of the signed byte ranges differs from the signed message-digest (or time-stamp imprint). */
    DIGEST_MISMATCH(SignatureStatus.INVALID),
    /** Digest or signature algorithm below policy (SHA-1, MD5, RSA under 2048 bits, EC under 256 bits). */
    ALGORITHM_NOT_ALLOWED(SignatureStatus.INVALID),
    /** A later incremental update changes what was signed (page content, resources, annotations, form values). */
    MODIFIED_AFTER_SIGNING(SignatureStatus.INVALID),
    /**
     * The file holds more signature dictionaries than its signature fields reference: a signature was
     * removed or replaced by a later update (signature stripping).
     */
    UNREFERENCED_SIGNATURE(SignatureStatus.INVALID),
    /** The signer chain was definitely rejected (unknown root, expired, revoked, key usage, ...). */
    SIGNER_UNTRUSTED(SignatureStatus.INVALID),
    /** The signer chain could not be judged (e.g. incomplete); never valid. */
    CHAIN_INDETERMINATE(SignatureStatus.INDETERMINATE),
    /** Revocation status could not be obtained now; trying later can help. */
    REVOCATION_UNAVAILABLE(SignatureStatus.INDETERMINATE);

    private final SignatureStatus status;

    PdfSignatureReason(SignatureStatus status) {
        this.status = status;
    }

    /** The status a signature or attachment gets for this reason. */
    public SignatureStatus status() {
        return status;
    }
}
