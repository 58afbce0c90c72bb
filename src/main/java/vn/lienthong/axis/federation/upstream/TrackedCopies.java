package vn.lienthong.axis.federation.upstream;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Progress;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * Copies sent to another axis, with their remote DocId and how far the remote axis has reported them
 * ({@code delivery.remote_*}). A hop is recorded by a conditional update of {@code remote_state} and
 * its ledger event in one transaction, so several rounds or nodes record it once.
 */
@Repository
public class TrackedCopies {
    /** A copy still tracked: its delivery, package kind, remote target and DocId, and its progress. */
    public record Tracked(long deliveryId, String axisId, String recipient, String kind, String target, String docId,
                          Progress progress) {}

    private final JdbcClient jdbc;
    private final LedgerRepository ledger;
    private final TransactionTemplate tx;

    public TrackedCopies(JdbcClient jdbc, LedgerRepository ledger, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.tx = tx;
    }

    /** The copy was handed to {@code target} as {@code docId}: tracking starts. */
    public void sent(long deliveryId, String target, String docId) {
        jdbc.sql("update delivery set remote_target = ?, remote_doc_id = ?, remote_state = 'SENT',"
                        + " remote_checked_at = ? where id = ?")
                .params(target, docId, LedgerRepository.now(), deliveryId).update();
    }

    /** Stops asking about copies handed over before {@code sentBefore}; returns how many. */
    public int expire(OffsetDateTime sentBefore) {
        return jdbc.sql("update delivery set remote_state = 'EXPIRED' where remote_state in ('SENT', 'ACCEPTED')"
                + " and completed_at < ?").param(sentBefore).update();
    }

    /** Copies to ask about, least recently asked first. */
    public List<Tracked> due(OffsetDateTime sentAfter, int limit) {
        return jdbc.sql("select d.id, d.axis_id, d.recipient_code, p.kind, d.remote_target, d.remote_doc_id,"
                        + " d.remote_state from delivery d join package p on p.axis_id = d.axis_id"
                        + " where d.remote_state in ('SENT', 'ACCEPTED') and d.completed_at >= ?"
                        + " order by d.remote_checked_at, d.id fetch first " + Math.max(1, limit) + " rows only")
                .param(sentAfter)
                .query((rs, n) -> new Tracked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Progress.valueOf(rs.getString(7))))
                .list();
    }

    public void checked(Collection<Long> deliveryIds) {
        if (!deliveryIds.isEmpty()) {
            jdbc.sql("update delivery set remote_checked_at = :at where id in (:ids)")
                    .paramSource(Map.of("at", LedgerRepository.now(), "ids", deliveryIds)).update();
        }
    }

    /** Records {@code hop} if the copy is still at {@code from}; false if another round got there first. */
    public boolean record(Tracked copy, Progress from, RemoteCopyReport.Hop hop) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            boolean moved = jdbc.sql("update delivery set remote_state = ? where id = ? and remote_state = ?")
                    .params(hop.to().name(), copy.deliveryId(), from.name()).update() == 1;
            if (moved) {
                ledger.insertEvent(copy.axisId(), copy.deliveryId(), hop.type(), null, hop.detail());
            }
            return moved;
        }));
    }
}
