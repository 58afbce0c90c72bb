package vn.lienthong.axis.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Accepts verified packages: idempotency, routing, the blob, and one transaction with the package,
 * one delivery per recipient and their events, local pull copies made AVAILABLE in that same
 * transaction (ADR 020); then hands the other queued deliveries to the outbox.
 */
@Service
public class Ledger {
    private final LedgerRepository repo;
    private final PackageLinks links;
    private final RecipientRouter router;
    private final BlobStore blobs;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final PipelineMetrics metrics;
    private final DeliveryBatches batches;

    public Ledger(LedgerRepository repo, PackageLinks links, RecipientRouter router, BlobStore blobs, Outbox outbox,
                  TransactionTemplate tx, PipelineMetrics metrics, DeliveryBatches batches) {
        this.batches = batches;
        this.repo = repo;
        this.links = links;
        this.router = router;
        this.blobs = blobs;
        this.outbox = outbox;
        this.tx = tx;
        this.metrics = metrics;
    }

    /**
     * Records the package whose verified bytes are in {@code spoolFile} and answers with a receipt.
     * The spool file is moved into the blob store (or left for the caller to delete on refusal).
     *
     * @param clientId the authenticated client system, for the record
     * @param api      the edge it came through (rest, soap, vxp, upstream)
     * @throws AxisException DOCUMENT_ID_CONFLICT, NO_ROUTABLE_RECIPIENT, UNKNOWN_DOCUMENT, STATUS_NOT_ALLOWED
     */
    public Receipt accept(PackageFacts facts, Path spoolFile, String clientId, String api) {
        return accept(facts, spoolFile, clientId, api, null, false);
    }

    /** As {@link #accept(PackageFacts, Path, String, String)}, keeping {@code evidence} (the verification report, JSON). */
    public Receipt accept(PackageFacts facts, Path spoolFile, String clientId, String api, String evidence) {
        return accept(facts, spoolFile, clientId, api, evidence, false);
    }

    /**
     * @param evidence      the verification report (JSON), or null
     * @param fromOtherAxis the package came from the national axis or a peer: only local agencies
     *                      receive copies; other recipients are unroutable here, never sent back out
     */
    public Receipt accept(PackageFacts facts, Path spoolFile, String clientId, String api, String evidence,
                          boolean fromOtherAxis) {
        Accepted accepted = record(facts, spoolFile, clientId, api, evidence, fromOtherAxis);
        publish(accepted);
        return accepted.receipt();
    }

    /**
     * A package in the ledger, its copies still to publish, and the local pull copies the acceptance
     * transaction made AVAILABLE (ADR 020); both empty for a duplicate.
     */
    public record Accepted(Receipt receipt, List<Delivery> queued, List<Delivery> available) {
        public Accepted(Receipt receipt, List<Delivery> queued) {
            this(receipt, queued, List.of());
        }
    }

    /** As {@link #accept(PackageFacts, Path, String, String, String, boolean)} without publishing the copies. */
    public Accepted record(PackageFacts facts, Path spoolFile, String clientId, String api, String evidence,
                           boolean fromOtherAxis) {
        String keyText = facts.intakeKey();
        String keyHash = sha256(keyText);
        Optional<Receipt> earlier = earlierReceipt(keyHash, facts);
        if (earlier.isPresent()) {
            return new Accepted(earlier.get(), List.of());
        }
        PackageLinks.Plan plan = links.plan(facts);
        Map<String, RecipientRouter.Resolution> routes = router.resolve(plan.recipients(), fromOtherAxis);
        if (routes.values().stream().allMatch(r -> r.route() == DeliveryRoute.UNROUTABLE)) {
            throw new AxisException(AxisErrorCode.NO_ROUTABLE_RECIPIENT,
                    "none of the recipients " + routes.keySet() + " is known to this axis or reachable through it",
                    "MessageHeader/To/OrganId");
        }
        String blobKey = blobs.store(spoolFile, facts.sha256());
        String axisId = AxisIds.next();
        StoredPackage pkg = new StoredPackage(axisId, facts.kind(), facts.from(), facts.documentId(),
                facts.kind() == PackageKind.DOCUMENT ? facts.businessType() : null, facts.statusCode(),
                facts.responseForDocumentId(), facts.responseForOrganId(),
                plan.related() == null ? null : plan.related().axisId(), facts.subject(), facts.sha256(), facts.size(),
                blobKey, api, clientId, LedgerRepository.now(), facts.dueDate());
        Recorded recorded;
        try {
            recorded = tx.execute(status -> record(pkg, keyHash, keyText, plan, routes, evidence));
        } catch (DuplicateKeyException race) {
            return new Accepted(earlierReceipt(keyHash, facts).orElseThrow(() -> race), List.of());
        }
        recorded.deliveries().forEach(d -> metrics.deliveryState(d.route(), d.state()));
        recorded.available().forEach(d -> {
            metrics.deliveryState(d.route(), DeliveryState.AVAILABLE);
            metrics.deliveryLatency(d.route(), Duration.between(d.createdAt(), LedgerRepository.now()));
        });
        List<Long> available = recorded.available().stream().map(Delivery::id).toList();
        return new Accepted(receipt(pkg, recorded.deliveries(), false), recorded.deliveries().stream()
                .filter(d -> d.state() == DeliveryState.QUEUED && !available.contains(d.id())).toList(),
                recorded.available());
    }

    /**
     * The copies as inserted (the intake answer names their state at acceptance, as before ADR 020) and
     * the local pull copies the same transaction then made AVAILABLE.
     */
    private record Recorded(List<Delivery> deliveries, List<Delivery> available) {}

    /** Hands freshly committed copies to the delivery queue; a failure leaves them to the recovery sweep. */
    public void publish(Accepted accepted) {
        outbox.publishAfterCommit(accepted.queued());
    }

    private Recorded record(StoredPackage pkg, String keyHash, String keyText, PackageLinks.Plan plan,
                                  Map<String, RecipientRouter.Resolution> routes, String evidence) {
        repo.insertPackage(pkg);
        if (evidence != null) {
            repo.insertVerificationReport(pkg.axisId(), evidence);
        }
        repo.insertIntakeKey(keyHash, keyText, pkg.axisId(), pkg.sha256());
        repo.insertEvent(pkg.axisId(), null, "accepted", null, pkg.kind().wireName() + " from " + pkg.from()
                + (pkg.documentId() == null ? "" : " DocumentId " + pkg.documentId()));
        List<String> withdrawn = links.applyToRelated(pkg, plan);
        List<Delivery> deliveries = new ArrayList<>();
        for (Map.Entry<String, RecipientRouter.Resolution> e : routes.entrySet()) {
            DeliveryRoute route = e.getValue().route();
            DeliveryState state = route == DeliveryRoute.UNROUTABLE ? DeliveryState.UNROUTABLE
                    : withdrawn.contains(e.getKey()) ? DeliveryState.REVOKED : DeliveryState.QUEUED;
            long id = repo.insertDelivery(pkg.axisId(), e.getKey(), route, state, pkg.receivedAt());
            if (e.getValue().retiredCode() != null) {
                repo.insertEvent(pkg.axisId(), id, "addressed-to-retired-code", null, "addressed to retired code "
                        + e.getValue().retiredCode() + ", delivered to successor " + e.getKey());
            }
            repo.insertEvent(pkg.axisId(), id, "delivery-" + state.wireName(), state, detail(route, state));
            deliveries.add(repo.findDelivery(id).orElseThrow());
        }
        List<Delivery> pull = deliveries.stream()
                .filter(d -> d.route() == DeliveryRoute.LOCAL_PULL && d.state() == DeliveryState.QUEUED).toList();
        List<Delivery> available = pull.isEmpty() ? List.of() : batches.complete(pull, Set.of(DeliveryState.QUEUED),
                DeliveryState.AVAILABLE, "delivery-available", "in the mailbox of ");
        return new Recorded(deliveries, available);
    }

    private static String detail(DeliveryRoute route, DeliveryState state) {
        return switch (state) {
            case UNROUTABLE -> "the recipient is unknown to this axis or suspended; nothing was queued";
            case REVOKED -> "the original copy was withdrawn before it was fetched; the revoke is not delivered";
            default -> "queued for " + route.wireName();
        };
    }

    /** The receipt of the package already accepted under this idempotency key, or a conflict. */
    private Optional<Receipt> earlierReceipt(String keyHash, PackageFacts facts) {
        return repo.findIntakeKey(keyHash).map(k -> {
            if (!k.sha256().equals(facts.sha256())) {
                throw new AxisException(AxisErrorCode.DOCUMENT_ID_CONFLICT, facts.kind() == PackageKind.DOCUMENT
                        ? "DocumentId " + facts.documentId() + " (business type " + facts.businessType() + ") from "
                                + facts.from() + " was already accepted as package " + k.axisId() + " with other content"
                        : "status " + facts.statusCode() + " for " + facts.responseForDocumentId() + " from "
                                + facts.from() + " was already accepted with other content",
                        facts.kind() == PackageKind.DOCUMENT ? "MessageHeader/DocumentId" : "MessageHeader/StatusCode");
            }
            return receipt(k.axisId(), true);
        });
    }

    /** The receipt of an accepted package, rebuilt from the ledger. */
    public Receipt receipt(String axisId, boolean duplicate) {
        StoredPackage p = repo.findPackage(axisId)
                .orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId));
        return receipt(p, repo.deliveries(axisId), duplicate);
    }

    private static Receipt receipt(StoredPackage p, List<Delivery> deliveries, boolean duplicate) {
        List<Receipt.Recipient> recipients = deliveries.stream()
                .map(d -> new Receipt.Recipient(d.recipient(), d.route().wireName(), d.state().wireName())).toList();
        return new Receipt(p.axisId(), p.kind().wireName(), p.documentId(), p.businessType(), p.statusCode(),
                p.sha256(), p.size(), p.receivedAt(), duplicate, recipients);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }
}
