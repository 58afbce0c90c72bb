package vn.lienthong.axis.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PackageKind;

/**
 * The pull model across every agency of one client system (the national axis SDK polls per system,
 * not per agency): pending counts, the copy an agency holds, and the transport status
 * {@code processing} (spec §2.3), which is recorded but leaves the copy pending.
 */
@Service
public class PullQueue {
    private final JdbcClient jdbc;
    private final LedgerRepository repo;

    public PullQueue(JdbcClient jdbc, LedgerRepository repo) {
        this.jdbc = jdbc;
        this.repo = repo;
    }

    /** Pending (not yet acknowledged) copies of this kind for any of the agencies. */
    public long countPending(Collection<String> agencies, PackageKind kind) {
        if (agencies.isEmpty()) {
            return 0;
        }
        String in = String.join(",", agencies.stream().map(a -> "?").toList());
        return jdbc.sql("select count(*) from delivery d join package p on p.axis_id = d.axis_id"
                        + " where d.state = 'AVAILABLE' and p.kind = ? and d.recipient_code in (" + in + ")")
                .param(kind.wireName()).params(List.copyOf(agencies).toArray()).query(Long.class).single();
    }

    /** The copy of the package held by one of the agencies, or NOT_FOUND. */
    public Delivery copyFor(String axisId, Collection<String> agencies) {
        for (String agency : agencies) {
            var d = repo.findDelivery(axisId, agency);
            if (d.isPresent() && d.get().state() != DeliveryState.QUEUED && d.get().state() != DeliveryState.REVOKED
                    && d.get().state() != DeliveryState.UNROUTABLE) {
                return d.get();
            }
        }
        throw new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId + " for this client's agencies", "docId");
    }

    /** Records that the recipient is processing its copy; the copy stays pending. */
    public void recordProcessing(Delivery d, String description) {
        repo.insertEvent(d.axisId(), d.id(), "processing", d.state(),
                d.recipient() + (description == null || description.isBlank() ? "" : ": " + description));
    }

    /** Which of these delivery ids have been reported {@code processing}. */
    public Set<Long> processing(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Set.of();
        }
        String in = String.join(",", deliveryIds.stream().map(a -> "?").toList());
        return Set.copyOf(jdbc.sql("select distinct delivery_id from event where type = 'processing' and delivery_id in ("
                + in + ")").params(List.copyOf(deliveryIds).toArray()).query(Long.class).list());
    }
}
