package vn.lienthong.axis.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.DirectoryIndex;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryBatches;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PipelineMetrics;
import vn.lienthong.axis.ledger.StoredPackage;

/**
 * Carries one queued copy to its recipient. Every step is a conditional state transition, so a
 * redelivered or re-published message never does the same work twice.
 */
@Service
public class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Set<DeliveryState> TO_DISPATCH = Set.of(DeliveryState.QUEUED, DeliveryState.RETRYING);
    private final LedgerRepository repo;
    private final DirectoryIndex directory;
    private final BlobStore blobs;
    private final PushClient push;
    private final PipelineMetrics metrics;
    private final DeliveryBatches batches;
    private final TransactionTemplate tx;

    public Dispatcher(LedgerRepository repo, DirectoryIndex directory, BlobStore blobs, PushClient push,
                      PipelineMetrics metrics, DeliveryBatches batches, TransactionTemplate tx) {
        this.batches = batches;
        this.tx = tx;
        this.repo = repo;
        this.directory = directory;
        this.blobs = blobs;
        this.push = push;
        this.metrics = metrics;
    }

    /** The delivery if it still needs dispatching. */
    public Optional<Delivery> pending(long id) {
        return repo.findDelivery(id).filter(d -> TO_DISPATCH.contains(d.state()));
    }

    /** Local pull recipient: the copy appears in its mailbox. Returns the copy if this call moved it. */
    public Optional<Delivery> makeAvailable(long id) {
        return pending(id).filter(d -> {
            boolean moved = move(d, TO_DISPATCH, DeliveryState.AVAILABLE, "delivery-available",
                    "in the mailbox of " + d.recipient());
            if (moved) {
                done(d, DeliveryState.AVAILABLE);
            }
            return moved;
        });
    }

    /**
     * Many local pull copies of one package at once (a fan-out): one transaction, batched
     * statements. Copies already done, or not local pull, are left alone. Returns the copies moved.
     */
    public List<Delivery> makeAvailable(Collection<Long> ids) {
        List<Delivery> moved = tx.execute(s -> {
            List<Delivery> pending = batches.find(ids).stream()
                    .filter(d -> d.route() == DeliveryRoute.LOCAL_PULL && TO_DISPATCH.contains(d.state())).toList();
            return batches.complete(pending, TO_DISPATCH, DeliveryState.AVAILABLE, "delivery-available",
                    "in the mailbox of ");
        });
        moved.forEach(d -> done(d, DeliveryState.AVAILABLE));
        return moved;
    }

    /**
     * Local push recipient: POST the original bytes; anything but 2xx throws so the broker retries.
     * Returns the copy if this call delivered it.
     */
    public Optional<Delivery> push(long id) {
        Delivery d = pending(id).orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        StoredPackage pkg = repo.findPackage(d.axisId()).orElseThrow();
        String endpoint = directory.agency(d.recipient()).map(Agency::endpoint).orElse(null);
        int attempt = d.attempts() + 1;
        String error;
        try {
            if (endpoint == null || endpoint.isBlank()) {
                error = "no push endpoint registered for " + d.recipient();
            } else {
                int status = push.post(endpoint, blobs.path(pkg.blobKey()), pkg.axisId(), pkg.documentId());
                if (status / 100 == 2) {
                    if (move(d, TO_DISPATCH, DeliveryState.DELIVERED, "delivered",
                            "attempt " + attempt + ": " + endpoint + " answered HTTP " + status)) {
                        done(d, DeliveryState.DELIVERED);
                        return Optional.of(d);
                    }
                    return Optional.empty();
                }
                error = "attempt " + attempt + ": " + endpoint + " answered HTTP " + status;
            }
        } catch (IOException e) {
            error = "attempt " + attempt + ": " + endpoint + " unreachable: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "attempt " + attempt + ": interrupted";
        }
        String failure = error;
        if (repo.changeWithEvent(() -> repo.recordFailedAttempt(id, failure), d.axisId(), id, "attempt-failed",
                DeliveryState.RETRYING, failure)) {
            metrics.deliveryState(d.route(), DeliveryState.RETRYING);
        }
        throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "push of delivery " + id + " failed: " + error);
    }

    /**
     * Upstream or peer recipient with no connector configured for its target: parked, WAITING_UPSTREAM,
     * until the axis starts with one (FederationStartup queues it again).
     */
    public void awaitFederation(long id) {
        pending(id).ifPresent(d -> {
            if (repo.transition(id, List.of(DeliveryState.QUEUED), DeliveryState.WAITING_UPSTREAM, null)) {
                repo.insertEvent(d.axisId(), id, "waiting-upstream", DeliveryState.WAITING_UPSTREAM,
                        "no " + d.route().wireName() + " axis is configured for " + d.recipient()
                                + "; the copy waits here and is queued again when the axis starts with one");
                metrics.deliveryState(d.route(), DeliveryState.WAITING_UPSTREAM);
            }
        });
    }

    /**
     * The broker gave up on the delivery (dead-letter address). A message of an older generation
     * than the row's ({@code generation}, null if unknown) is stale and changes nothing.
     */
    public void markDead(long id, Integer generation) {
        repo.findDelivery(id).filter(d -> generation == null || d.generation() <= generation).ifPresent(d -> {
            if (move(d, TO_DISPATCH, DeliveryState.DEAD, "delivery-dead",
                    "attempts exhausted after " + d.attempts() + " failures; last error: " + d.lastError())) {
                metrics.deliveryState(d.route(), DeliveryState.DEAD);
                log.warn("Delivery {} of {} to {} is DEAD: {}", id, d.axisId(), d.recipient(), d.lastError());
            }
        });
    }

    /** Moves the copy and records its event in one transaction. */
    private boolean move(Delivery d, Collection<DeliveryState> from, DeliveryState to, String type, String detail) {
        return repo.changeWithEvent(() -> repo.transition(d.id(), from, to, null), d.axisId(), d.id(), type, to,
                detail);
    }

    private void done(Delivery d, DeliveryState state) {
        metrics.deliveryState(d.route(), state);
        metrics.deliveryLatency(d.route(), Duration.between(d.createdAt(), LedgerRepository.now()));
    }
}
