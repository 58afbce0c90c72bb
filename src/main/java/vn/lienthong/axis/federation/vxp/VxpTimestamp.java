package vn.lienthong.axis.federation.vxp;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The SDK's {@code XroadVnpt-timestamp}: {@code ddMMyyyy'T'HHmmss} followed by a "+SSSS" suffix
 * (milliseconds in the SDK's format string, not a zone). Read as Vietnam local time.
 */
public final class VxpTimestamp {
    private static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("ddMMyyyy'T'HHmmss");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private VxpTimestamp() {}

    public static String format(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(VIETNAM);
        return BASE.format(local) + String.format("+%04d", local.getNano() / 1_000_000);
    }

    /** The instant, or empty when the value does not have the SDK's shape. */
    public static Optional<ZonedDateTime> parse(String value) {
        if (value == null || value.length() < 15) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.substring(0, 15), BASE).atZone(VIETNAM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
