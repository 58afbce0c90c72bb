package vn.lienthong.axis.delivery;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
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

    public DeliveryAdmin(LedgerRepository repo, Outbox outbox) {
        this.repo = repo;
        this.outbox = outbox;
    }

    public List<Delivery> list(DeliveryState state, String recipient, int limit) {
        return repo.byState(List.of(state), recipient, limit);
    }

    /** Puts a dead (or stuck) delivery back on the queue with a fresh attempt budget. */
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
        return requeued;
    }
}
