package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Batched SQL for the many copies of one package (a fan-out to thousands of units): one round trip
 * per statement kind instead of one per copy. Same guards as {@link LedgerRepository#transition}.
 */
@Repository
public class DeliveryBatches {
    private final JdbcTemplate jdbc;

    public DeliveryBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.batchUpdate("insert into event (axis_id, delivery_id, at, type, state, detail) values (?, ?, ?, ?, ?, ?)",
                moved.stream().map(d -> new Object[] {d.axisId(), d.id(), now, eventType, to.name(),
                        LedgerRepository.truncate(detailPrefix + d.recipient(), 2000)}).toList());
        return moved;
    }
}
