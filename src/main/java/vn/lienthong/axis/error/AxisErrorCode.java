package vn.lienthong.axis.error;

import java.util.Locale;

/**
 * The error catalogue: every refusal the axis can give, with its stable wire name, HTTP status,
 * SOAP fault code, VXP {@code ErrorCode} and whether a retry can help; its titles, in Vietnamese and English, are
 * in the message bundle {@code errors/titles}.
 * Wire names never change once released; add new codes instead.
 */
public enum AxisErrorCode {
    // Input and XML parsing
    MALFORMED_XML(400, Fault.CLIENT, "101", false),
    DTD_NOT_ALLOWED(400, Fault.CLIENT, "102", false),
    XML_LIMIT_EXCEEDED(400, Fault.CLIENT, "103", false),
    NOT_EDXML(400, Fault.CLIENT, "104", false),
    ATTACHMENT_ENCODING_INVALID(400, Fault.CLIENT, "105", false),
    TOO_LARGE(413, Fault.CLIENT, "106", false),
    TOO_MANY_ATTACHMENTS(413, Fault.CLIENT, "107", false),
    ATTACHMENT_TOO_LARGE(413, Fault.CLIENT, "108", false),
    VALIDATION_FAILED(422, Fault.CLIENT, "110", false),
    INVALID_AGENCY_CODE(400, Fault.CLIENT, "111", false),
    INVALID_DOCUMENT_ID(400, Fault.CLIENT, "112", false),
    BAD_REQUEST(400, Fault.CLIENT, "113", false),
    CONTENT_HASH_MISMATCH(400, Fault.CLIENT, "114", false),
    UNSUPPORTED_MEDIA_TYPE(415, Fault.CLIENT, "115", false),
    DECODED_TOO_LARGE(413, Fault.CLIENT, "116", false),
    ZIP_RATIO_EXCEEDED(422, Fault.CLIENT, "117", false),
    REQUEST_TIMEOUT(408, Fault.CLIENT, "119", true),

    // Package signature and trust
    SIGNATURE_MISSING(422, Fault.CLIENT, "201", false),
    SIGNATURE_INVALID(422, Fault.CLIENT, "202", false),
    SIGNATURE_PROFILE(422, Fault.CLIENT, "203", false),
    ALGORITHM_NOT_ALLOWED(422, Fault.CLIENT, "204", false),
    WEAK_KEY(422, Fault.CLIENT, "205", false),
    UNTRUSTED_SIGNER(422, Fault.CLIENT, "206", false),
    CERT_EXPIRED(422, Fault.CLIENT, "207", false),
    CERT_NOT_YET_VALID(422, Fault.CLIENT, "208", false),
    CERT_REVOKED(422, Fault.CLIENT, "209", false),
    KEY_USAGE(422, Fault.CLIENT, "210", false),
    INCOMPLETE_CHAIN(422, Fault.CLIENT, "211", false),
    REVOCATION_UNAVAILABLE(503, Fault.SERVER, "212", true),
    SIGNER_NOT_SENDER(403, Fault.CLIENT, "213", false),
    ATTACHMENT_SIGNATURE_INVALID(422, Fault.CLIENT, "214", false),
    WEAK_CERT_ALGORITHM(422, Fault.CLIENT, "215", false),
    SIGNING_TIME_INVALID(422, Fault.CLIENT, "216", false),

    // Authentication, authorisation, routing, ledger
    UNAUTHENTICATED(401, Fault.CLIENT, "301", false),
    FORBIDDEN(403, Fault.CLIENT, "302", false),
    SENDER_MISMATCH(403, Fault.CLIENT, "303", false),
    NOT_FOUND(404, Fault.CLIENT, "304", false),
    DOCUMENT_ID_CONFLICT(409, Fault.CLIENT, "305", false),
    NO_ROUTABLE_RECIPIENT(422, Fault.CLIENT, "306", false),
    UNKNOWN_DOCUMENT(422, Fault.CLIENT, "307", false),
    STATUS_NOT_ALLOWED(403, Fault.CLIENT, "308", false),
    RATE_LIMITED(429, Fault.CLIENT, "309", true),

    // Server side
    DEPENDENCY_UNAVAILABLE(503, Fault.SERVER, "901", true),
    CONFIGURATION_INVALID(500, Fault.SERVER, "902", false),
    INTERNAL_ERROR(500, Fault.SERVER, "999", true);

    /** SOAP 1.1 fault code families. */
    public enum Fault { CLIENT, SERVER }

    private final int httpStatus;
    private final Fault soapFault;
    private final String vxpCode;
    private final boolean retryable;

    AxisErrorCode(int httpStatus, Fault soapFault, String vxpCode, boolean retryable) {
        this.httpStatus = httpStatus;
        this.soapFault = soapFault;
        this.vxpCode = vxpCode;
        this.retryable = retryable;
    }

    /** Stable wire name, e.g. {@code SIGNATURE_INVALID}. */
    public String wireName() { return name(); }

    public int httpStatus() { return httpStatus; }

    public Fault soapFault() { return soapFault; }

    public String vxpCode() { return vxpCode; }

    public boolean retryable() { return retryable; }

    /**
     * The title in a language of the catalogue ({@link ErrorTitles#LANGUAGES}): Vietnamese unless English is asked
     * for. The titles are in {@code errors/titles*.properties}.
     */
    public String title(Locale language) { return ErrorTitles.title(this, language); }
}
