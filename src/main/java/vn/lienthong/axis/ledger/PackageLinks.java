package vn.lienthong.axis.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Links a status, revoke, update or replace to the document it is about, decides who may send it
 * and to whom it goes, and applies a revoke to the copies not yet fetched.
 */
@Component
public class PackageLinks {
    /** Copies a revoke may still withdraw (if not fetched yet). */
    private static final Set<DeliveryState> WITHDRAWABLE =
            Set.of(DeliveryState.QUEUED, DeliveryState.AVAILABLE, DeliveryState.RETRYING, DeliveryState.WAITING_UPSTREAM,
                    DeliveryState.DEAD);
    private final LedgerRepository repo;

    public PackageLinks(LedgerRepository repo) {
        this.repo = repo;
    }

    /** The related document (or null) and the recipients of the new package. */
    public record Plan(StoredPackage related, List<String> recipients) {}

    public Plan plan(PackageFacts f) {
        if (f.kind() == PackageKind.STATUS) {
            return planStatus(f);
        }
        if (f.businessType() == PackageFacts.NEW || f.responseForDocumentId() == null) {
            if (f.businessType() == PackageFacts.REVOKE) {
                throw new AxisException(AxisErrorCode.VALIDATION_FAILED,
                        "a revoke (BussinessDocType 1) must name the revoked document in ResponseFor/DocumentId",
                        "MessageHeader/ResponseFor/DocumentId");
            }
            return new Plan(null, f.recipients());
        }
        StoredPackage original = repo.findDocument(f.responseForDocumentId(), f.from()).orElse(null);
        if (original == null && f.businessType() == PackageFacts.REVOKE) {
            throw new AxisException(AxisErrorCode.UNKNOWN_DOCUMENT, "no document " + f.responseForDocumentId()
                    + " sent by " + f.from() + " is known to this axis", "MessageHeader/ResponseFor/DocumentId");
        }
        List<String> recipients = f.recipients();
        if (recipients.isEmpty() && original != null) {
            recipients = repo.deliveries(original.axisId()).stream()
                    .filter(d -> d.route() != DeliveryRoute.UNROUTABLE).map(Delivery::recipient).toList();
        }
        return new Plan(original, recipients);
    }

    private Plan planStatus(PackageFacts f) {
        String documentId = f.responseForDocumentId();
        boolean takeBack = PackageFacts.STATUS_TAKE_BACK.equals(f.statusCode());
        String originalSender = takeBack ? f.from() : upper(f.responseForOrganId());
        StoredPackage doc = repo.findDocument(documentId, originalSender)
                .or(() -> repo.findDocument(documentId, null))
                .orElseThrow(() -> new AxisException(AxisErrorCode.UNKNOWN_DOCUMENT,
                        "no document " + documentId + " is known to this axis", "MessageHeader/ResponseFor/DocumentId"));
        List<String> recipientsOfDoc = repo.deliveries(doc.axisId()).stream()
                .filter(d -> d.route() != DeliveryRoute.UNROUTABLE).map(Delivery::recipient).toList();
        if (takeBack) {
            String asked = upper(f.responseForOrganId());
            if (!doc.from().equals(f.from()) || asked == null || !recipientsOfDoc.contains(asked)) {
                throw new AxisException(AxisErrorCode.STATUS_NOT_ALLOWED, "status 13 (take back) for " + documentId
                        + " must come from its sender and name one of its recipients in ResponseFor/OrganId",
                        "MessageHeader/From/OrganId");
            }
            return new Plan(doc, List.of(asked));
        }
        if (!recipientsOfDoc.contains(f.from())) {
            throw new AxisException(AxisErrorCode.STATUS_NOT_ALLOWED, f.from()
                    + " is not a recipient of document " + documentId + " and may not report a status for it",
                    "MessageHeader/From/OrganId");
        }
        return new Plan(doc, List.of(doc.from()));
    }

    /**
     * Inside the accepting transaction: notes the link on the related document and, for a revoke,
     * withdraws the copies not fetched yet. Returns the recipients whose copy was withdrawn.
     */
    public List<String> applyToRelated(StoredPackage pkg, Plan plan) {
        StoredPackage related = plan.related();
        if (related == null) {
            return List.of();
        }
        repo.insertEvent(related.axisId(), null, linkType(pkg), null, "package " + pkg.axisId() + " from " + pkg.from()
                + (pkg.statusCode() == null ? "" : " status " + pkg.statusCode()));
        List<String> withdrawn = new ArrayList<>();
        if (pkg.kind() == PackageKind.DOCUMENT && pkg.businessType() != null && pkg.businessType() == PackageFacts.REVOKE) {
            for (Delivery d : repo.deliveries(related.axisId())) {
                if (d.fetchedAt() == null && WITHDRAWABLE.contains(d.state())
                        && repo.withdraw(d.id(), WITHDRAWABLE)) {
                    repo.insertEvent(related.axisId(), d.id(), "delivery-revoked", DeliveryState.REVOKED,
                            "withdrawn by revoke " + pkg.axisId() + " before the recipient fetched it");
                    withdrawn.add(d.recipient());
                }
            }
        }
        return withdrawn;
    }

    private static String linkType(StoredPackage pkg) {
        if (pkg.kind() == PackageKind.STATUS) {
            return "status-received";
        }
        return switch (pkg.businessType() == null ? 0 : pkg.businessType()) {
            case PackageFacts.REVOKE -> "revoked-by";
            case PackageFacts.UPDATE -> "updated-by";
            case PackageFacts.REPLACE -> "replaced-by";
            default -> "linked";
        };
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
