package vn.lienthong.axis.ledger.chain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Links event rows into the hash chain inside the transaction that inserts them. The events of a
 * transaction are collected and, just before it commits, appended to one lane: its head row is
 * locked ({@code select … for update}), each entry hashed onto the previous one, the links
 * inserted and the head moved. The lock is held only for those statements and the commit, so
 * writers on every node serialise per lane, never on a whole transaction (ADR 017).
 */
public class LedgerChain {
    private static final Object KEY = new Object();
    private final JdbcTemplate jdbc;
    private final int lanes;

    /** @param lanes how many lanes (head rows) writers spread over */
    public LedgerChain(JdbcTemplate jdbc, int lanes) {
        this.jdbc = jdbc;
        this.lanes = lanes;
    }

    public int lanes() { return lanes; }

    /**
     * True inside a database transaction on the ledger's data source. A JMS transaction (transacted
     * route) alone does not count: its statements auto-commit, so they could not hold the lane lock.
     */
    public boolean inDatabaseTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        DataSource ds = jdbc.getDataSource();
        Connection con = DataSourceUtils.getConnection(ds);
        try {
            return !con.getAutoCommit();
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(con, ds);
        }
    }

    /** Chains {@code eventIds} when the current database transaction commits (see {@link #inDatabaseTransaction}). */
    public void linkOnCommit(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        if (!inDatabaseTransaction()) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "ledger events must be inserted in a database"
                    + " transaction");
        }
        @SuppressWarnings("unchecked")
        List<Long> pending = (List<Long>) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            List<Long> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(fresh, ThreadLocalRandom.current().nextInt(lanes));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            pending = fresh;
        }
        pending.addAll(eventIds);
    }

    /** Appends the events (in id order) to {@code lane}; runs in the caller's transaction. */
    void append(List<Long> eventIds, int lane) {
        List<Long> ids = new ArrayList<>(eventIds);
        Collections.sort(ids);
        Map<Long, String> content = contentHashes(ids);
        Map<String, Object> head = jdbc.queryForMap("select seq, head_hash from ledger_chain_head where lane = ? for update",
                lane);
        long seq = ((Number) head.get("seq")).longValue();
        String prev = (String) head.get("head_hash");
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            String c = content.get(id);
            if (c == null) {
                throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "event " + id + " vanished before it was chained");
            }
            seq++;
            prev = ChainContent.entryHash(prev, lane, seq, c);
            rows.add(new Object[] {lane, seq, id, prev});
        }
        jdbc.batchUpdate("insert into ledger_chain (lane, seq, event_id, entry_hash) values (?, ?, ?, ?)", rows);
        jdbc.update("update ledger_chain_head set seq = ?, head_hash = ?, updated_at = ? where lane = ?", seq, prev,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), lane);
    }

    private Map<Long, String> contentHashes(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            jdbc.query(ChainContent.SELECT + " where e.id in (" + marks + ")",
                    rs -> { out.put(rs.getLong(1), ChainContent.contentHash(rs, 1)); }, part.toArray());
        }
        return out;
    }
}
