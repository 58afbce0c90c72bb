package vn.lienthong.axis.error;

/**
 * The error catalogue: every refusal the axis can give, with its stable wire name, HTTP status,
 * SOAP fault code, VXP {@code ErrorCode} and whether a retry can help.
 * Wire names never change once released; add new codes instead.
 */
public enum AxisErrorCode {
    // Input and XML parsing
    MALFORMED_XML(400, Fault.CLIENT, "101", false, "The body is not well-formed XML"),
    DTD_NOT_ALLOWED(400, Fault.CLIENT, "102", false, "DOCTYPE declarations are not allowed"),
    XML_LIMIT_EXCEEDED(400, Fault.CLIENT, "103", false, "An XML structure limit was exceeded"),
    NOT_EDXML(400, Fault.CLIENT, "104", false, "The document is not an edXML package"),
    ATTACHMENT_ENCODING_INVALID(400, Fault.CLIENT, "105", false, "An attachment is not valid base64"),
    TOO_LARGE(413, Fault.CLIENT, "106", false, "The package exceeds the size limit"),
    TOO_MANY_ATTACHMENTS(413, Fault.CLIENT, "107", false, "The package has too many attachments"),
    ATTACHMENT_TOO_LARGE(413, Fault.CLIENT, "108", false, "An attachment exceeds the size limit"),
    VALIDATION_FAILED(422, Fault.CLIENT, "110", false, "The package header breaks a field rule"),
    INVALID_AGENCY_CODE(400, Fault.CLIENT, "111", false, "An agency code is not well-formed"),
    INVALID_DOCUMENT_ID(400, Fault.CLIENT, "112", false, "A DocumentId is not well-formed"),
    BAD_REQUEST(400, Fault.CLIENT, "113", false, "The request is not well-formed"),
    CONTENT_HASH_MISMATCH(400, Fault.CLIENT, "114", false, "The body does not match its declared SHA-256"),
    UNSUPPORTED_MEDIA_TYPE(415, Fault.CLIENT, "115", false, "The request body has an unsupported media type"),
    DECODED_TOO_LARGE(413, Fault.CLIENT, "116", false, "The package's attachments decode to more than the limit"),
    ZIP_RATIO_EXCEEDED(422, Fault.CLIENT, "117", false, "A ZIP attachment expands more than the allowed ratio"),
    REQUEST_TIMEOUT(408, Fault.CLIENT, "119", true, "The request body arrived too slowly"),

    // Package signature and trust
    SIGNATURE_MISSING(422, Fault.CLIENT, "201", false, "The package carries no XML signature"),
    SIGNATURE_INVALID(422, Fault.CLIENT, "202", false, "The XML signature does not verify"),
    SIGNATURE_PROFILE(422, Fault.CLIENT, "203", false, "The XML signature breaks the edXML signature profile"),
    ALGORITHM_NOT_ALLOWED(422, Fault.CLIENT, "204", false, "A signature or digest algorithm is not allowed"),
    WEAK_KEY(422, Fault.CLIENT, "205", false, "The signing key is too short"),
    UNTRUSTED_SIGNER(422, Fault.CLIENT, "206", false, "The signer certificate does not chain to a trust anchor"),
    CERT_EXPIRED(422, Fault.CLIENT, "207", false, "A certificate in the chain has expired"),
    CERT_NOT_YET_VALID(422, Fault.CLIENT, "208", false, "A certificate in the chain is not yet valid"),
    CERT_REVOKED(422, Fault.CLIENT, "209", false, "A certificate in the chain is revoked"),
    KEY_USAGE(422, Fault.CLIENT, "210", false, "A certificate's key usage does not allow this use"),
    INCOMPLETE_CHAIN(422, Fault.CLIENT, "211", false, "The certificate chain cannot be completed"),
    REVOCATION_UNAVAILABLE(503, Fault.SERVER, "212", true, "Revocation status could not be obtained"),
    SIGNER_NOT_SENDER(403, Fault.CLIENT, "213", false, "The signer is not registered for the sending agency"),
    ATTACHMENT_SIGNATURE_INVALID(422, Fault.CLIENT, "214", false, "An attachment signature is invalid"),
    WEAK_CERT_ALGORITHM(422, Fault.CLIENT, "215", false, "A certificate in the chain uses a weak algorithm"),
    SIGNING_TIME_INVALID(422, Fault.CLIENT, "216", false, "The claimed signing time is not plausible"),

    // Authentication, authorisation, routing, ledger
    UNAUTHENTICATED(401, Fault.CLIENT, "301", false, "Authentication is required"),
    FORBIDDEN(403, Fault.CLIENT, "302", false, "The credentials do not open this agency, operation or path"),
    SENDER_MISMATCH(403, Fault.CLIENT, "303", false, "The package sender is not an agency of this client"),
    NOT_FOUND(404, Fault.CLIENT, "304", false, "No such item"),
    DOCUMENT_ID_CONFLICT(409, Fault.CLIENT, "305", false, "The DocumentId was already used for other content"),
    NO_ROUTABLE_RECIPIENT(422, Fault.CLIENT, "306", false, "No recipient of the package can be reached"),
    UNKNOWN_DOCUMENT(422, Fault.CLIENT, "307", false, "The referenced document is not known to the axis"),
    STATUS_NOT_ALLOWED(403, Fault.CLIENT, "308", false, "The agency may not report a status for this document"),
    RATE_LIMITED(429, Fault.CLIENT, "309", true, "Too many requests"),

    // Server side
    DEPENDENCY_UNAVAILABLE(503, Fault.SERVER, "901", true, "A required service is unavailable"),
    CONFIGURATION_INVALID(500, Fault.SERVER, "902", false, "The axis configuration is unsafe or incomplete"),
    INTERNAL_ERROR(500, Fault.SERVER, "999", true, "Internal error");

    /** SOAP 1.1 fault code families. */
    public enum Fault { CLIENT, SERVER }

    private final int httpStatus;
    private final Fault soapFault;
    private final String vxpCode;
    private final boolean retryable;
    private final String title;

    AxisErrorCode(int httpStatus, Fault soapFault, String vxpCode, boolean retryable, String title) {
        this.httpStatus = httpStatus;
        this.soapFault = soapFault;
        this.vxpCode = vxpCode;
        this.retryable = retryable;
        this.title = title;
    }

    /** Stable wire name, e.g. {@code SIGNATURE_INVALID}. */
    public String wireName() { return name(); }

    public int httpStatus() { return httpStatus; }

    public Fault soapFault() { return soapFault; }

    public String vxpCode() { return vxpCode; }

    public boolean retryable() { return retryable; }

    public String title() { return title; }
}
