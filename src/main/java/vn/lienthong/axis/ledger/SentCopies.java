package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The sender's view of its packages, one row per recipient copy (what the national axis calls sent tracking). */
@Service
public class SentCopies {
    private final JdbcClient jdbc;

    public SentCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One copy of a sent package. {@code ackReason} is the recipient's description. */
    public record Copy(String axisId, String kind, String from, String documentId, String subject, String recipient,
                       DeliveryState state, OffsetDateTime sentAt, OffsetDateTime fetchedAt, OffsetDateTime completedAt,
                       String lastError, String ackReason) {}

    /**
     * Copies of packages sent by any of {@code senders}; filters are optional (null).
     *
     * @param limit at most this many rows, newest packages first
     */
    public List<Copy> of(Collection<String> senders, PackageKind kind, String axisId, OffsetDateTime from,
                         OffsetDateTime to, int limit) {
        if (senders.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(senders);
        StringBuilder sql = new StringBuilder("select p.axis_id, p.kind, p.from_code, p.document_id, p.subject,"
                + " d.recipient_code, d.state, p.received_at, d.fetched_at, d.completed_at, d.last_error, d.ack_reason"
                + " from package p join delivery d on d.axis_id = p.axis_id where p.from_code in (")
                .append(String.join(",", senders.stream().map(s -> "?").toList())).append(")");
        if (kind != null) {
            sql.append(" and p.kind = ?");
            params.add(kind.wireName());
        }
        if (axisId != null) {
            sql.append(" and p.axis_id = ?");
            params.add(axisId);
        }
        if (from != null) {
            sql.append(" and p.received_at >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and p.received_at < ?");
            params.add(to);
        }
        sql.append(" order by p.received_at desc, d.id fetch first ").append(Math.max(1, Math.min(limit, 5000)))
                .append(" rows only");
        return jdbc.sql(sql.toString()).params(params.toArray()).query((rs, n) -> new Copy(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                DeliveryState.valueOf(rs.getString(7)), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getString(12))).list();
    }
}
