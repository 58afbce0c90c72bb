package vn.lienthong.axis.federation.upstream;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.FederationProperties;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpClient;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.PipelineMetrics;
import vn.lienthong.axis.ledger.RecipientRouter;
import vn.lienthong.axis.ledger.StoredPackage;

/**
 * Carries a copy routed {@code upstream} or {@code peer} to the other axis with {@code sendEdoc}: the
 * original bytes from the blob store, {@code from} = the package's sender, messagetype edoc|status.
 * A transport failure or a FAIL envelope throws, so the broker redelivers with backoff and finally
 * dead-letters the message (the delivery becomes DEAD, like a push).
 */
@Service
public class UpstreamForwarder {
    private static final Set<DeliveryState> TO_DISPATCH = Set.of(DeliveryState.QUEUED, DeliveryState.RETRYING);
    private final LedgerRepository repo;
    private final BlobStore blobs;
    private final RecipientRouter router;
    private final RemoteAxes remotes;
    private final Dispatcher dispatcher;
    private final PipelineMetrics metrics;
    private final String ownAgency;
    private final RemoteUploads uploads;
    private final String node;
    private final Duration staleUpload;
    private final TrackedCopies tracked;
    private final UpstreamConnection connection;

    public UpstreamForwarder(LedgerRepository repo, BlobStore blobs, RecipientRouter router, RemoteAxes remotes,
                             Dispatcher dispatcher, PipelineMetrics metrics, FederationProperties props,
                             RemoteUploads uploads, AxisProperties axis, TrackedCopies tracked,
                             UpstreamConnection connection) {
        this.connection = connection;
        this.tracked = tracked;
        this.ownAgency = props.upstream().agency();
        this.uploads = uploads;
        this.node = axis.nodeId();
        this.staleUpload = props.upstream().timeout().multipliedBy(2).plusSeconds(30);
        this.repo = repo;
        this.blobs = blobs;
        this.router = router;
        this.remotes = remotes;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
    }

    public Optional<Delivery> forward(long id) {
        Delivery d = dispatcher.pending(id).orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        String target = router.remoteTarget(d.recipient()).orElse(null);
        VxpClient client = target == null ? null : remotes.client(target).orElse(null);
        if (client == null) {
            dispatcher.awaitFederation(id);
            return Optional.empty();
        }
        String where = RouteRule.UPSTREAM.equals(target) ? "upstream" : "to " + target;
        String eventType = "sent-" + (target.startsWith(RouteRule.PEER_PREFIX) ? "peer" : "upstream");
        String sentAs = "sent " + where + " as DocId ";
        RemoteUploads.Claim claim = uploads.claim(d.axisId(), target, node, staleUpload);
        if (!claim.mine()) {
            if (claim.docId() == null) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "delivery " + id + ": the package is"
                        + " being uploaded " + where + " for another recipient; retried after it");
            }
            return delivered(d, target, claim.docId(), eventType, sentAs + claim.docId()
                    + " (one upload carries the package to every recipient behind that axis)");
        }
        int attempt = d.attempts() + 1;
        String error;
        try {
            VxpEnvelope env = send(client, repo.findPackage(d.axisId()).orElseThrow());
            if (RouteRule.UPSTREAM.equals(target)) {
                connection.reached();
            }
            if (env.succeeded() && env.docId() != null && !env.docId().isBlank()) {
                uploads.uploaded(d.axisId(), target, env.docId());
                return delivered(d, target, env.docId(), eventType, "attempt " + attempt + ": " + sentAs + env.docId());
            }
            error = "attempt " + attempt + ": " + where + " refused: ErrorCode " + env.errorCode() + " " + env.errorDesc();
        } catch (AxisException e) {
            error = "attempt " + attempt + ": " + where + " unavailable: " + e.detail();
            if (RouteRule.UPSTREAM.equals(target)) {
                connection.failed(e.detail());
            }
        }
        uploads.release(d.axisId(), target);
        String failure = error;
        if (repo.changeWithEvent(() -> repo.recordFailedAttempt(id, failure), d.axisId(), id, "attempt-failed",
                DeliveryState.RETRYING, failure)) {
            metrics.deliveryState(d.route(), DeliveryState.RETRYING);
        }
        throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "sendEdoc of delivery " + id + " failed: " + error);
    }

    private VxpEnvelope send(VxpClient client, StoredPackage pkg) {
        String from = pkg.from() == null || pkg.from().isBlank() ? ownAgency : pkg.from();
        return client.sendEdoc(blobs.path(pkg.blobKey()), from, pkg.kind() == PackageKind.STATUS ? "status" : "edoc");
    }

    /** Returns the copy if this call moved it to DELIVERED. */
    private Optional<Delivery> delivered(Delivery d, String target, String docId, String eventType, String detail) {
        if (repo.changeWithEvent(() -> repo.transition(d.id(), TO_DISPATCH, DeliveryState.DELIVERED, null),
                d.axisId(), d.id(), eventType, DeliveryState.DELIVERED, detail)) {
            tracked.sent(d.id(), target, docId);
            metrics.deliveryState(d.route(), DeliveryState.DELIVERED);
            return Optional.of(d);
        }
        return Optional.empty();
    }
}
