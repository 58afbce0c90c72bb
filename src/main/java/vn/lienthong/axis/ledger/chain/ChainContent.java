package vn.lienthong.axis.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * What a chain entry commits to, and how. An entry covers its event row, the recipient of the copy
 * it is about, and for an {@code accepted} event the package's sender, DocumentId, SHA-256, size,
 * acceptance time and verification report. Writer and verifier read it with the same SQL
 * ({@link #SELECT}), so both hash exactly what the database holds.
 */
public final class ChainContent {
    /** Hash of the (absent) entry before the first one of a lane. */
    public static final String GENESIS = "0".repeat(64);
    /** The 14 columns an entry covers, in order; append a where clause. */
    public static final String COLUMNS = "e.id, e.axis_id, e.delivery_id, e.at, e.type, e.state, e.detail,"
            + " d.recipient_code, p.from_code, p.document_id, p.sha256, p.size_bytes, p.received_at, r.report";
    public static final String JOINS = " left join delivery d on d.id = e.delivery_id"
            + " left join package p on p.axis_id = e.axis_id and e.type = 'accepted'"
            + " left join verification_report r on r.axis_id = e.axis_id and e.type = 'accepted'";
    public static final String SELECT = "select " + COLUMNS + " from event e" + JOINS;
    static final int COLUMN_COUNT = 14;

    private ChainContent() {}

    /** SHA-256 (hex) of the canonical form of the 14 columns starting at {@code first}. */
    public static String contentHash(ResultSet rs, int first) throws SQLException {
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < COLUMN_COUNT; i++) {
            int col = first + i;
            String v = switch (i) {
                case 0, 2, 11 -> rs.getObject(col) == null ? null : Long.toString(rs.getLong(col));
                case 3, 12 -> micros(rs.getObject(col, OffsetDateTime.class));
                default -> rs.getString(col);
            };
            field(sb, v);
        }
        return sha256(sb.toString());
    }

    /** The hash of entry {@code seq} of {@code lane}: previous entry hash, position and content hash. */
    public static String entryHash(String previous, int lane, long seq, String contentHash) {
        return sha256(previous + "|" + lane + "|" + seq + "|" + contentHash);
    }

    static void field(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("-;");
        } else {
            sb.append(v.length()).append(':').append(v).append(';');
        }
    }

    private static String micros(OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        var i = t.toInstant().truncatedTo(ChronoUnit.MICROS);
        return Long.toString(Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000L));
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }
}
