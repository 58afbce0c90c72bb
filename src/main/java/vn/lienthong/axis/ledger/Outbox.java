package vn.lienthong.axis.ledger;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery table is the outbox of the delivery queue: committed QUEUED deliveries are published
 * right after the commit, and the recovery sweep re-publishes those still QUEUED after a while
 * (a crash between commit and publish, a broker hiccup). Several nodes may sweep at once: a
 * conditional update decides which one publishes; the broker's duplicate detection and the
 * idempotent consumer absorb the rest.
 */
public class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private final LedgerRepository repo;
    private final DeliveryPublisher publisher;
    private final boolean publishAfterCommit;
    private final Duration sweepAfter;
    private final int batchSize;

    public Outbox(LedgerRepository repo, DeliveryPublisher publisher, boolean publishAfterCommit, Duration sweepAfter,
                  int batchSize) {
        this.repo = repo;
        this.publisher = publisher;
        this.publishAfterCommit = publishAfterCommit;
        this.sweepAfter = sweepAfter;
        this.batchSize = batchSize;
    }

    /** Publishes freshly committed deliveries; a failure leaves them to the sweep. */
    public void publishAfterCommit(List<Delivery> queued) {
        if (!publishAfterCommit) {
            return;
        }
        if (queued.isEmpty()) {
            return;
        }
        try {
            publisher.publish(queued);
        } catch (RuntimeException e) {
            log.warn("Could not publish {} deliveries of {} after commit, the recovery sweep will: {}", queued.size(),
                    queued.get(0).axisId(), e.toString());
        }
    }

    /** Publishes one delivery now (operator requeue). */
    public void publish(Delivery d) {
        publisher.publish(List.of(d));
    }

    /** Re-publishes deliveries left QUEUED longer than the threshold. Returns how many. */
    public int sweep() {
        int published = 0;
        List<Delivery> stale = repo.queuedBefore(LedgerRepository.now().minus(sweepAfter), batchSize);
        for (Delivery d : stale) {
            if (repo.claimForRepublish(d)) {
                publisher.publish(List.of(d));
                repo.insertEvent(d.axisId(), d.id(), "republished", DeliveryState.QUEUED,
                        "still queued after " + sweepAfter + "; published again by the recovery sweep");
                published++;
            }
        }
        if (published > 0) {
            log.info("Recovery sweep re-published {} queued deliveries", published);
        }
        return published;
    }
}
