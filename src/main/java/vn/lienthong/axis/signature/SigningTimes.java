package vn.lienthong.axis.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Parses an optional SigningTime and refuses one more than five minutes in the future. */
final class SigningTimes {
    static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    /** Times without an offset are read in Vietnam time (UTC+7), as agencies write them. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String FIELD = "Signature/Object/SignatureProperties/SignatureProperty/SigningTime";
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private SigningTimes() {}

    static Instant check(String text, Clock clock) {
        if (text == null) {
            return null;
        }
        Instant t = parse(text);
        Instant latest = clock.instant().plus(MAX_FUTURE_SKEW);
        if (t.isAfter(latest)) {
            throw new AxisException(AxisErrorCode.SIGNING_TIME_INVALID, "SigningTime " + text
                    + " is more than " + MAX_FUTURE_SKEW.toMinutes() + " minutes in the future", FIELD);
        }
        return t;
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(VIETNAM);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDateTime.parse(text, SLASHED).toInstant(VIETNAM);
                } catch (DateTimeParseException e) {
                    throw new AxisException(AxisErrorCode.SIGNING_TIME_INVALID, "SigningTime " + text
                            + " is not an ISO-8601 date-time", FIELD);
                }
            }
        }
    }
}
