package vn.lienthong.axis.ledger;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery table is the outbox of the delivery queue: committed QUEUED deliveries are published
 * right after the commit, and the recovery sweep re-publishes those whose message can be gone:
 * still QUEUED after {@code sweepAfter} (a crash between commit and publish, a lost broker) with the
 * same duplicate id, and RETRYING untouched for {@code retrySweepAfter} — longer than the broker's
 * longest redelivery delay, so its message is gone with a dead node's journal or a lost broker — as
 * the next generation (a new duplicate id; the consumer skips messages of older generations).
 * A conditional update decides which node re-publishes each copy (ADR 004, ADR 015).
 */
public class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private final LedgerRepository repo;
    private final DeliveryPublisher publisher;
    private final boolean publishAfterCommit;
    private final Duration sweepAfter;
    private final Duration retrySweepAfter;
    private final int batchSize;

    public Outbox(LedgerRepository repo, DeliveryPublisher publisher, boolean publishAfterCommit, Duration sweepAfter,
                  Duration retrySweepAfter, int batchSize) {
        this.retrySweepAfter = retrySweepAfter;
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

    /** Re-publishes deliveries whose message can be gone (see the class comment). Returns how many. */
    public int sweep() {
        int published = 0;
        var now = LedgerRepository.now();
        for (Delivery d : repo.staleBefore(DeliveryState.QUEUED, now.minus(sweepAfter), batchSize)) {
            if (repo.claimForRepublish(d)) {
                publisher.publish(List.of(d));
                repo.insertEvent(d.axisId(), d.id(), "republished", DeliveryState.QUEUED,
                        "still queued after " + sweepAfter + "; published again by the recovery sweep");
                published++;
            }
        }
        for (Delivery d : repo.staleBefore(DeliveryState.RETRYING, now.minus(retrySweepAfter), batchSize)) {
            if (repo.claimRetryingForRequeue(d)) {
                Delivery next = repo.findDelivery(d.id()).orElseThrow();
                publisher.publish(List.of(next));
                repo.insertEvent(d.axisId(), d.id(), "republished", DeliveryState.QUEUED, "retrying with no attempt for "
                        + retrySweepAfter + " (its message is gone); queued again as generation " + next.generation());
                published++;
            }
        }
        if (published > 0) {
            log.info("Recovery sweep re-published {} deliveries", published);
        }
        return published;
    }
}
