package vn.lienthong.axis.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.Outbox;

/** Operator actions on deliveries. */
@Service
public class DeliveryAdmin {
    private static final Set<DeliveryState> REQUEUEABLE =
            Set.of(DeliveryState.DEAD, DeliveryState.RETRYING, DeliveryState.QUEUED);
    private final LedgerRepository repo;
    private final Outbox outbox;
    private final AuditLog audit;

    public DeliveryAdmin(LedgerRepository repo, Outbox outbox, AuditLog audit) {
        this.repo = repo;
        this.outbox = outbox;
        this.audit = audit;
    }

    public List<Delivery> list(DeliveryState state, String recipient, int limit) {
        return repo.byState(List.of(state), recipient, limit);
    }

    /**
     * Copies in a state (its wire name: {@code dead}, {@code retrying}, ...), optionally of one recipient, at most
     * {@code limit} (1 to 1,000): what the admin API and the console list.
     */
    public List<Delivery> list(String state, String recipient, int limit) {
        DeliveryState s;
        try {
            s = DeliveryState.fromWire(state);
        } catch (IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "unknown state " + state, "state");
        }
        return list(s, recipient == null || recipient.isBlank() ? null : recipient.trim().toUpperCase(Locale.ROOT),
                Math.max(1, Math.min(limit, 1000)));
    }

    /** Puts a dead (or stuck) delivery back on the queue with a fresh attempt budget; audited under {@code actor}. */
    public Delivery requeue(long id, String actor) {
        Delivery d = repo.findDelivery(id)
                .orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND, "no delivery " + id, "id"));
        if (!repo.requeue(id, REQUEUEABLE)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "delivery " + id + " is " + d.state().wireName()
                    + "; only dead, retrying or queued deliveries can be requeued", "id");
        }
        repo.insertEvent(d.axisId(), id, "requeued", DeliveryState.QUEUED, "requeued by " + actor);
        Delivery requeued = repo.findDelivery(id).orElseThrow();
        outbox.publish(requeued);
        audit.record(actor, "delivery-requeued", Long.toString(id), "package " + d.axisId() + " to " + d.recipient());
        return requeued;
    }
}
