package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.lienthong.axis.ledger.chain.LedgerChain;
import org.springframework.stereotype.Repository;

/**
 * Batched SQL for the many copies of one package (a fan-out to thousands of units): one round trip
 * per statement kind instead of one per copy. Same guards as {@link LedgerRepository#transition}.
 */
@Repository
public class DeliveryBatches {
    private final JdbcTemplate jdbc;
    private final LedgerChain chain;

    public DeliveryBatches(JdbcTemplate jdbc, LedgerChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public List<Delivery> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select id, axis_id, recipient_code, route, state, attempts, generation, last_error,"
                + " ack_reason, created_at, updated_at, fetched_at, completed_at from delivery where id in (" + marks
                + ") order by id", LedgerRepository::mapDelivery, ids.toArray());
    }

    /**
     * Moves each copy still in one of {@code from} to {@code to} (a final state: completed now) and
     * records {@code eventType} for it; returns the copies this call moved.
     */
    public List<Delivery> complete(List<Delivery> copies, Collection<DeliveryState> from, DeliveryState to,
                                   String eventType, String detailPrefix) {
        OffsetDateTime now = LedgerRepository.now();
        int[] counts = jdbc.batchUpdate("update delivery set state = ?, updated_at = ?, completed_at = ? where id = ?"
                + " and state in (" + LedgerRepository.inList(from) + ")", copies.stream()
                .map(d -> new Object[] {to.name(), now, now, d.id()}).toList());
        List<Delivery> moved = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                moved.add(copies.get(i));
            }
        }
        if (moved.isEmpty()) {
            return moved;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(c -> c.prepareStatement("insert into event (axis_id, delivery_id, at, type, state, detail)"
                + " values (?, ?, ?, ?, ?, ?)", new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Delivery d = moved.get(i);
                        ps.setString(1, d.axisId());
                        ps.setLong(2, d.id());
                        ps.setObject(3, now);
                        ps.setString(4, eventType);
                        ps.setString(5, to.name());
                        ps.setString(6, LedgerRepository.truncate(detailPrefix + d.recipient(), 2000));
                    }

                    @Override
                    public int getBatchSize() { return moved.size(); }
                }, keys);
        chain.linkOnCommit(keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue())
                .toList());
        return moved;
    }
}
