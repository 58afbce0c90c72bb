package vn.lienthong.axis.federation.upstream;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * Items polled from the national axis, one row per remote docId: a node claims an item with a
 * conditional insert before fetching it, so several nodes never take the same item; the row then
 * records the outcome (accepted or refused) until the acknowledgement reaches the national axis.
 */
@Repository
public class InboundClaims {
    /** What to do with a listed item. */
    public enum Next { FETCH, ACK_DONE, ACK_FAIL, SKIP }

    public record Claim(Next next, String detail) {}

    private static final Duration STALE = Duration.ofMinutes(10);
    private final JdbcClient jdbc;

    public InboundClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Claim claim(String docId, String messageType, String node) {
        OffsetDateTime now = LedgerRepository.now();
        try {
            jdbc.sql("insert into upstream_inbound (remote_doc_id, message_type, state, claimed_by, claimed_at)"
                    + " values (?, ?, 'CLAIMED', ?, ?)").params(docId, messageType, node, now).update();
            return new Claim(Next.FETCH, null);
        } catch (DuplicateKeyException taken) {
            return existing(docId, node, now);
        }
    }

    private Claim existing(String docId, String node, OffsetDateTime now) {
        Optional<String[]> row = jdbc.sql("select state, detail from upstream_inbound where remote_doc_id = ?")
                .param(docId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return new Claim(Next.SKIP, null);
        }
        return switch (row.get()[0]) {
            case "ACCEPTED", "ACKED_DONE" -> new Claim(Next.ACK_DONE, null);
            case "REFUSED", "ACKED_FAIL" -> new Claim(Next.ACK_FAIL, row.get()[1]);
            default -> jdbc.sql("update upstream_inbound set claimed_by = ?, claimed_at = ? where remote_doc_id = ?"
                            + " and state = 'CLAIMED' and claimed_at < ?")
                    .params(node, now, docId, now.minus(STALE)).update() == 1
                    ? new Claim(Next.FETCH, null) : new Claim(Next.SKIP, null);
        };
    }

    /** Gives the item back (a retryable failure): the next poll takes it again. */
    public void release(String docId) {
        jdbc.sql("delete from upstream_inbound where remote_doc_id = ? and state = 'CLAIMED'").param(docId).update();
    }

    public void accepted(String docId, String axisId) {
        outcome(docId, "ACCEPTED", axisId, null);
    }

    public void refused(String docId, String reason) {
        outcome(docId, "REFUSED", null, reason);
    }

    public void acknowledged(String docId, boolean done) {
        jdbc.sql("update upstream_inbound set state = ? where remote_doc_id = ?")
                .params(done ? "ACKED_DONE" : "ACKED_FAIL", docId).update();
    }

    private void outcome(String docId, String state, String axisId, String detail) {
        jdbc.sql("update upstream_inbound set state = ?, axis_id = ?, detail = ? where remote_doc_id = ?")
                .params(state, axisId, detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)),
                        docId).update();
    }
}
