package vn.lienthong.axis.edxml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The business key of a document: {@code issuerOrganId,yyyy/MM/dd,number/notation}, e.g.
 * {@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT}. The notation (ký hiệu) may hold Vietnamese letters,
 * '/' and '-'; the number (số) is what comes before the first '/'.
 */
public record DocumentId(AgencyCode issuer, LocalDate promulgationDate, String codeNumber, String codeNotation) {
    /** The edXML date format {@code yyyy/MM/dd}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);

    public DocumentId {
        if (issuer == null || promulgationDate == null || isBlank(codeNumber) || isBlank(codeNotation)) {
            throw invalid("issuer, date, number and notation are all required");
        }
        if (codeNumber.contains("/") || codeNumber.contains(",")) {
            throw invalid("number '" + codeNumber + "' must not contain '/' or ','");
        }
    }

    /** Parses {@code organId,yyyy/MM/dd,number/notation}; refuses anything else with INVALID_DOCUMENT_ID. */
    public static DocumentId parse(String raw) {
        if (raw == null) {
            throw invalid("DocumentId is missing");
        }
        String[] parts = raw.strip().split(",", 3);
        if (parts.length != 3) {
            throw invalid("'" + raw + "' must be organId,yyyy/MM/dd,number/notation");
        }
        if (!AgencyCode.isValid(parts[0])) {
            throw invalid("issuer '" + parts[0] + "' is not an agency code");
        }
        LocalDate date = parseDate(parts[1].strip());
        String code = parts[2].strip();
        int slash = code.indexOf('/');
        if (slash <= 0 || slash == code.length() - 1) {
            throw invalid("'" + code + "' must be number/notation");
        }
        return new DocumentId(AgencyCode.parse(parts[0]), date, code.substring(0, slash), code.substring(slash + 1));
    }

    /** True if {@code raw} parses. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (AxisException e) {
            return false;
        }
    }

    /** The full số/ký hiệu, {@code number/notation}. */
    public String code() {
        return codeNumber + "/" + codeNotation;
    }

    /** The wire form {@code organId,yyyy/MM/dd,number/notation}. */
    public String format() {
        return issuer.value() + "," + DATE.format(promulgationDate) + "," + code();
    }

    @Override
    public String toString() {
        return format();
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s, DATE);
        } catch (DateTimeParseException e) {
            throw invalid("date '" + s + "' must be yyyy/MM/dd");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static AxisException invalid(String detail) {
        return new AxisException(AxisErrorCode.INVALID_DOCUMENT_ID, detail, "DocumentId");
    }
}
