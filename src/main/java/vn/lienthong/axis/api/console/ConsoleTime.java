package vn.lienthong.axis.api.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.lienthong.axis.console.AuditQuery;

/** Dates as the console shows them: Vietnam time, day first. */
public final class ConsoleTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(AuditQuery.VIETNAM);

    public String format(OffsetDateTime t) {
        return t == null ? "" : FORMAT.format(t);
    }

    public String format(Instant t) {
        return t == null ? "" : FORMAT.format(t);
    }

    public String format(String iso) {
        if (iso == null || iso.isBlank() || iso.equals("null")) {
            return "";
        }
        try {
            return FORMAT.format(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
