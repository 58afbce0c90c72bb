package vn.lienthong.axis.edxml;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** Collects {@link ValidationProblem}s; the field checks shared by the document and status rules. */
final class Problems {
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final List<ValidationProblem> found = new ArrayList<>();
    private final Clock clock;

    Problems(Clock clock) {
        this.clock = clock;
    }

    List<ValidationProblem> list() {
        return List.copyOf(found);
    }

    void add(String field, String rule, String message) {
        found.add(new ValidationProblem(field, rule, message));
    }

    /** True if present and not blank; otherwise records a {@code required} problem. */
    boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, ValidationProblem.REQUIRED, field + " is required");
            return false;
        }
        return true;
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, ValidationProblem.MAX_LENGTH, field + " is longer than " + max + " characters");
        }
    }

    /** Checks a required agency code. */
    void agencyCode(String field, String value) {
        if (required(field, value) && !AgencyCode.isValid(value)) {
            add(field, ValidationProblem.FORMAT, "'" + value + "' is not an agency code (dot-separated groups of"
                    + " 0-9 and A-Z, at most " + AgencyCode.MAX_LENGTH + " characters)");
        }
    }

    /** Checks an optional {@code yyyy/MM/dd} date; returns it when it parses. */
    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DocumentId.DATE);
        } catch (DateTimeParseException e) {
            add(field, ValidationProblem.FORMAT, "'" + value + "' is not a date yyyy/MM/dd");
            return null;
        }
    }

    /** Checks an optional date that must not lie in the future (by the injected clock). */
    void pastDate(String field, String value) {
        LocalDate date = date(field, value);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            add(field, ValidationProblem.FUTURE_DATE, value + " is in the future");
        }
    }

    /** Checks an optional {@code yyyy/MM/dd HH:mm:ss} timestamp. */
    void timestamp(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            LocalDateTime.parse(value.strip(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            add(field, ValidationProblem.FORMAT, "'" + value + "' is not a timestamp yyyy/MM/dd HH:mm:ss");
        }
    }

    /** Checks an optional DocumentId; returns it when it parses. */
    DocumentId documentId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DocumentId.parse(value);
        } catch (vn.lienthong.axis.error.AxisException e) {
            add(field, ValidationProblem.FORMAT, "'" + value + "' is not organId,yyyy/MM/dd,number/notation: "
                    + e.detail());
            return null;
        }
    }

    void organization(String field, Organization o) {
        if (!required(field, o)) {
            return;
        }
        agencyCode(field + "/OrganId", o.organId());
        maxLength(field + "/OrganName", o.organName(), 200);
        maxLength(field + "/OrganAdd", o.organAdd(), 500);
        maxLength(field + "/OrganizationInCharge", o.organizationInCharge(), 500);
        maxLength(field + "/Email", o.email(), 100);
        maxLength(field + "/Telephone", o.telephone(), 20);
        maxLength(field + "/Fax", o.fax(), 20);
    }
}
