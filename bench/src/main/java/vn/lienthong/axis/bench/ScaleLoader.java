package vn.lienthong.axis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk loader of a national-size ledger with PostgreSQL COPY, writing the rows the axis's intake and
 * mailbox write (Ledger.record, Mailbox.open/acknowledge): per package a {@code package} row, its
 * {@code intake_key}, one {@code accepted} event; per copy a {@code delivery} row, a {@code delivery-queued}
 * event, an {@code available} event and, for copies already handled, {@code fetched} and {@code acknowledged}
 * events; every event linked into one of the 4 hash-chain lanes exactly as LedgerChain links it (ADR 017:
 * the same canonical content and entry hash, heads left where the last entry is), so the axis's chain
 * verifier accepts the loaded ledger. Not written: verification reports and signed receipts (their
 * content is per-signature XML; the measured queries do not read them), payload bytes (blob keys point at
 * no file). Packages arrive evenly over {@link #YEARS} years ending now; half the copies go to {@link #HOT} "hot"
 * agencies (ministries, provinces) and half the packages come from the same hot senders; copies of the last
 * 30 days are still AVAILABLE, older ones acknowledged.
 */
final class ScaleLoader {
    static final int YEARS = 3;
    /** The hot agencies (default 100); fewer give each one the density 10 M packages give 100 on a smaller load. */
    static final int HOT = Integer.getInteger("bench.scale.hot", 100);
    static final int LANES = 4;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS+00")
            .withZone(ZoneOffset.UTC);

    private final String url;
    private final String user;
    private final long packages;
    private final int agencies;
    private final long startMicros;
    private final long stepMicros;

    ScaleLoader(String url, String user, long packages, int agencies, Instant end) {
        this.url = url;
        this.user = user;
        this.packages = packages;
        this.agencies = agencies;
        long endMicros = end.getEpochSecond() * 1_000_000L;
        this.startMicros = endMicros - YEARS * 365L * 86_400_000_000L;
        this.stepMicros = (endMicros - startMicros) / packages;
    }

    int agencies() {
        return agencies;
    }

    static String axisId(long i) {
        return String.format("%08x-0000-4000-8000-%012x", i >>> 32, i & 0xffffffffL) ;
    }

    long receivedMicros(long i) {
        return startMicros + i * stepMicros;
    }

    String sender(long i) {
        SplittableRandom r = new SplittableRandom(i * 31 + 7);
        return NationalDirectory.agency(r.nextBoolean() ? r.nextInt(HOT) : r.nextInt(agencies));
    }

    static String documentId(String sender, long i) {
        return sender + "," + i;
    }

    /** Recipients of package {@code i}: 1 to 3 distinct agencies, never the sender. */
    List<String> recipients(long i) {
        SplittableRandom r = new SplittableRandom(i * 131 + 3);
        int n = 1 + r.nextInt(3);
        List<String> out = new ArrayList<>(n);
        String sender = sender(i);
        while (out.size() < n) {
            String c = NationalDirectory.agency(r.nextBoolean() ? r.nextInt(HOT) : r.nextInt(agencies));
            if (!c.equals(sender) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Loads everything; returns the counts written. */
    java.util.Map<String, Long> load() throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            copy(c, "package (axis_id, kind, from_code, document_id, business_type, subject, sha256, size_bytes,"
                    + " blob_key, api, received_at, due_date, due_date_read)", this::packages);
        }
        long[] counts = new long[3];
        MessageDigest sha = sha256();
        try (Connection ck = DriverManager.getConnection(url, user, "");
             Connection cd = DriverManager.getConnection(url, user, "");
             Connection ce = DriverManager.getConnection(url, user, "");
             Connection cc = DriverManager.getConnection(url, user, "");
             Writer keys = writer(ck, "intake_key (key_hash, key_text, axis_id, sha256)");
             Writer deliveries = writer(cd, "delivery (id, axis_id, recipient_code, route, state, attempts, generation,"
                     + " ack_reason, created_at, updated_at, fetched_at, completed_at)");
             Writer events = writer(ce, "event (id, axis_id, delivery_id, at, type, state, detail)");
             Writer chain = writer(cc, "ledger_chain (lane, seq, event_id, entry_hash)")) {
            String[] heads = new String[LANES];
            long[] seqs = new long[LANES];
            java.util.Arrays.fill(heads, "0".repeat(64));
            long deliveryId = 0;
            long eventId = 0;
            long recentFrom = receivedMicros(packages) - 30L * 86_400_000_000L;
            for (long i = 0; i < packages; i++) {
                String axisId = axisId(i);
                String sender = sender(i);
                String doc = documentId(sender, i);
                String digest = payloadSha(i);
                long at = receivedMicros(i);
                String keyText = "D|" + sender + "|" + doc + "|0";
                row(keys, hex(sha, keyText), keyText, axisId, digest);
                int lane = (int) (i % LANES);
                String content;
                eventId++;
                String detail = "document from " + sender + " DocumentId " + doc;
                row(events, Long.toString(eventId), axisId, null, ts(at), "accepted", null, detail);
                content = content(sha, eventId, axisId, null, at, "accepted", null, detail, null, sender, doc, digest,
                        140_000L, at);
                chain(chain, sha, heads, seqs, lane, eventId, content);
                boolean handled = at < recentFrom;
                for (String to : recipients(i)) {
                    deliveryId++;
                    long fetched = at + 3_600_000_000L;
                    long done = at + 7_200_000_000L;
                    row(deliveries, Long.toString(deliveryId), axisId, to, "local-pull", handled ? "ACKED" : "AVAILABLE",
                            "0", "0", handled ? "đã xử lý" : null, ts(at), ts(handled ? done : at),
                            handled ? ts(fetched) : null, handled ? ts(done) : null);
                    String[][] steps = handled
                            ? new String[][] {{"delivery-queued", "QUEUED", "queued for local-pull", "0"},
                                    {"available", "AVAILABLE", "in the mailbox of " + to, "1"},
                                    {"fetched", "AVAILABLE", "fetched by " + to, "3600"},
                                    {"acknowledged", "ACKED", "done: đã xử lý", "7200"}}
                            : new String[][] {{"delivery-queued", "QUEUED", "queued for local-pull", "0"},
                                    {"available", "AVAILABLE", "in the mailbox of " + to, "1"}};
                    for (String[] s : steps) {
                        eventId++;
                        long when = at + Long.parseLong(s[3]) * 1_000_000L;
                        row(events, Long.toString(eventId), axisId, Long.toString(deliveryId), ts(when), s[0], s[1], s[2]);
                        content = content(sha, eventId, axisId, deliveryId, when, s[0], s[1], s[2], to, null, null, null,
                                null, null);
                        chain(chain, sha, heads, seqs, lane, eventId, content);
                    }
                }
            }
            counts[0] = deliveryId;
            counts[1] = eventId;
            for (Writer w : List.of(keys, deliveries, events, chain)) {
                w.flush();
            }
            keys.close();
            deliveries.close();
            events.close();
            chain.close();
            try (Statement s = cc.createStatement()) {
                for (int lane = 0; lane < LANES; lane++) {
                    s.execute("insert into ledger_chain_head (lane, seq, head_hash, updated_at) values (" + lane + ", "
                            + seqs[lane] + ", '" + heads[lane] + "', current_timestamp)");
                }
                s.execute("select setval(pg_get_serial_sequence('delivery', 'id'), " + Math.max(1, deliveryId) + ")");
                s.execute("select setval(pg_get_serial_sequence('event', 'id'), " + Math.max(1, eventId) + ")");
                s.execute("analyze");
            }
            counts[2] = java.util.Arrays.stream(seqs).sum();
        }
        return java.util.Map.of("packages", packages, "deliveries", counts[0], "events", counts[1],
                "chainEntries", counts[2]);
    }

    private void packages(Writer w) throws IOException {
        for (long i = 0; i < packages; i++) {
            String sender = sender(i);
            String digest = payloadSha(i);
            row(w, axisId(i), "document", sender, documentId(sender, i), "0", "Công văn số " + i + " về việc thử tải",
                    digest, "140000", digest, "rest", ts(receivedMicros(i)), dueDate(i), "true");
        }
    }

    /** One document in four carries a DueDate, ten days after it was received (as the intake keeps it). */
    private String dueDate(long i) {
        return i % 4 != 0 ? null : java.time.LocalDate.ofEpochDay(receivedMicros(i) / 86_400_000_000L + 10).toString();
    }

    private static String payloadSha(long i) {
        SplittableRandom r = new SplittableRandom(i);
        return String.format("%016x%016x%016x%016x", r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }

    private static void chain(Writer w, MessageDigest sha, String[] heads, long[] seqs, int lane, long eventId,
                              String content) throws IOException {
        seqs[lane]++;
        heads[lane] = hex(sha, heads[lane] + "|" + lane + "|" + seqs[lane] + "|" + content);
        row(w, Integer.toString(lane), Long.toString(seqs[lane]), Long.toString(eventId), heads[lane]);
    }

    /** ChainContent.contentHash over the 14 columns it covers, from the values written. */
    private static String content(MessageDigest sha, long id, String axisId, Long deliveryId, long atMicros,
                                  String type, String state, String detail, String recipient, String from,
                                  String documentId, String digest, Long size, Long receivedMicros) {
        StringBuilder sb = new StringBuilder(256);
        for (String v : new String[] {Long.toString(id), axisId, deliveryId == null ? null : deliveryId.toString(),
                Long.toString(atMicros), type, state, detail, recipient, from, documentId, digest,
                size == null ? null : size.toString(), receivedMicros == null ? null : receivedMicros.toString(), null}) {
            if (v == null) {
                sb.append("-;");
            } else {
                sb.append(v.length()).append(':').append(v).append(';');
            }
        }
        return hex(sha, sb.toString());
    }

    private static String hex(MessageDigest sha, String s) {
        return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    private static String ts(long micros) {
        return TS.format(Instant.ofEpochSecond(micros / 1_000_000L, micros % 1_000_000L * 1000));
    }

    private static void row(Writer w, String... values) throws IOException {
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                w.write('\t');
            }
            w.write(values[c] == null ? "\\N" : values[c]);
        }
        w.write('\n');
    }

    private static Writer writer(Connection c, String table) throws SQLException {
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(c.unwrap(PGConnection.class),
                "copy " + table + " from stdin"), StandardCharsets.UTF_8), 1 << 16);
    }

    @FunctionalInterface
    private interface Rows {
        void write(Writer w) throws IOException;
    }

    private static void copy(Connection c, String table, Rows rows) throws SQLException, IOException {
        try (Writer w = writer(c, table)) {
            rows.write(w);
        }
    }
}
