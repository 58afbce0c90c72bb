package vn.lienthong.axis.duties;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The period and agency of a duty report as a person asks for it: {@code from}/{@code to} are ISO instants or
 * dates (a date means its start in the calendar's zone), by default the 7 days up to now, at most 366 days; the
 * agency (optional) is an agency code. The admin API and the console read their parameters through it.
 */
public record DutyPeriod(Instant from, Instant to, String agency) {
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9.\\-]{1,35}");
    private static final Duration MAX_PERIOD = Duration.ofDays(366);

    /** Blank values count as absent. */
    public static DutyPeriod of(String from, String to, String agency, ZoneId zone, Instant now) {
        Instant end = blank(to) ? now : instant(to.trim(), zone, "to");
        Instant start = blank(from) ? end.minus(Duration.ofDays(7)) : instant(from.trim(), zone, "from");
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "from must be before to, at most 366 days apart", "from");
        }
        return new DutyPeriod(start, end, blank(agency) ? null : checked(agency));
    }

    private static Instant instant(String s, ZoneId zone, String field) {
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, field + " must be an ISO date (2026-05-04) or instant"
                    + " with offset (2026-05-04T08:00:00+07:00)", field);
        }
    }

    private static String checked(String agency) {
        if (!AGENCY.matcher(agency.trim()).matches()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "agency must be an agency code", "agency");
        }
        return agency.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
