package vn.lienthong.axis.federation.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a remote axis reports about the copies of one upload ({@code getSentEdocList}, one row per
 * recipient) and which hops the sender's ledger learns from a row. Pure: no network, no database.
 */
public final class RemoteCopyReport {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));

    /** How far the remote axis has reported a copy; RECEIVED, REVOKED and EXPIRED end the tracking. */
    public enum Progress { SENT, ACCEPTED, RECEIVED, REVOKED, EXPIRED }

    /** One row: the recipient and the remote times ({@code null} if absent or unreadable; the raw text is kept). */
    public record Row(String toCode, OffsetDateTime sentTime, String sentText, OffsetDateTime receivedTime,
                      String receivedText, String sendStatus, String receiveStatus, String receiveStatusDesc) {}

    /** A hop to record once: the delivery moves to {@code to}, with an event {@code type} and {@code detail}. */
    public record Hop(Progress to, String type, String detail) {}

    private RemoteCopyReport() {}

    /** The rows of a getSentEdocList {@code data}; rows without a {@code toCode} are skipped, non-arrays are empty. */
    public static List<Row> parse(JsonNode data) {
        List<Row> rows = new ArrayList<>();
        if (data == null || !data.isArray()) {
            return rows;
        }
        for (JsonNode n : data) {
            String toCode = text(n, "toCode");
            if (!n.isObject() || toCode == null) {
                continue;
            }
            String sent = text(n, "sentTime");
            String received = text(n, "receivedTime");
            rows.add(new Row(toCode.toUpperCase(Locale.ROOT), time(sent), sent, time(received), received,
                    lower(text(n, "sendStatus")), lower(text(n, "receiveStatus")), text(n, "receiveStatusDesc")));
        }
        return rows;
    }

    /** The row for {@code recipient}; of several, the one furthest along. */
    public static Optional<Row> match(List<Row> rows, String recipient) {
        return rows.stream().filter(r -> r.toCode().equalsIgnoreCase(recipient.trim()))
                .max(Comparator.comparingInt(RemoteCopyReport::rank));
    }

    /**
     * The hops a row adds to a copy at {@code current}, in order: accepted by the remote axis, then
     * received (done or fail) or withdrawn. {@code prefix} is {@code upstream} or {@code peer}; {@code where}
     * names the remote axis in the detail.
     */
    public static List<Hop> hops(Row row, Progress current, String prefix, String where, String docId) {
        List<Hop> hops = new ArrayList<>();
        if (current == Progress.SENT) {
            hops.add(new Hop(Progress.ACCEPTED, prefix + "-accepted", "accepted by " + where + " at "
                    + when(row.sentTime(), row.sentText()) + " as DocId " + docId + " for " + row.toCode()
                    + status(" sendStatus", row.sendStatus())));
        }
        if (current == Progress.SENT || current == Progress.ACCEPTED) {
            if ("done".equals(row.receiveStatus())) {
                hops.add(new Hop(Progress.RECEIVED, prefix + "-received", "received by " + row.toCode() + " at "
                        + when(row.receivedTime(), row.receivedText()) + " (receiveStatus done)"));
            } else if ("fail".equals(row.receiveStatus())) {
                hops.add(new Hop(Progress.RECEIVED, prefix + "-received", "refused by " + row.toCode() + " at "
                        + when(row.receivedTime(), row.receivedText()) + " (receiveStatus fail): "
                        + (row.receiveStatusDesc() == null ? "no reason given" : row.receiveStatusDesc())));
            } else if ("revoked".equals(row.sendStatus())) {
                hops.add(new Hop(Progress.REVOKED, prefix + "-revoked", "withdrawn at " + where + " before "
                        + row.toCode() + " fetched it (sendStatus revoked)"));
            }
        }
        return hops;
    }

    /**
     * A remote time: ISO with offset, epoch milliseconds, or a local date-time (ISO, {@code yyyy-MM-dd HH:mm:ss},
     * {@code dd/MM/yyyy HH:mm:ss}) taken as Vietnam time; {@code null} if absent or unreadable.
     */
    public static OffsetDateTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notIsoWithOffset) {
            // try the other shapes
        }
        if (text.matches("\\d{12,14}")) {
            return Instant.ofEpochMilli(Long.parseLong(text)).atOffset(ZoneOffset.UTC);
        }
        for (DateTimeFormatter f : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, f).atZone(VIETNAM).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return null;
    }

    private static int rank(Row r) {
        return "done".equals(r.receiveStatus()) || "fail".equals(r.receiveStatus()) ? 2
                : "revoked".equals(r.sendStatus()) ? 1 : 0;
    }

    private static String when(OffsetDateTime t, String raw) {
        if (t != null) {
            return t.toString();
        }
        return raw == null ? "an unknown time" : "an unknown time (unreadable '" + raw + "')";
    }

    private static String status(String name, String value) {
        return value == null ? "" : " (" + name.trim() + " " + value + ")";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
