package vn.lienthong.axis.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Where each copy of a package is: for its sender only. */
@Service
public class Trace {
    private final LedgerRepository repo;
    private final DutyLookup duties;

    public Trace(LedgerRepository repo, ObjectProvider<DutyLookup> duties) {
        this.repo = repo;
        this.duties = duties.getIfAvailable(() -> axisId -> Map.of());
    }

    /**
     * Where one legal duty of a recipient stands (docs/duties.md): {@code duty} received/arrived/registered/
     * completed, {@code outcome} met/late/open/overdue, {@code late} ISO-8601 and {@code lateSeconds}.
     */
    public record DutyState(String duty, Instant due, Instant doneAt, String outcome, String late, long lateSeconds) {}

    /** The duty state of a package's copies to local units, by delivery id (none for other copies). */
    @FunctionalInterface
    public interface DutyLookup {
        Map<Long, List<DutyState>> of(String axisId);
    }

    public record View(String axisId, String kind, String documentId, Integer businessType, String from,
                       String relatedAxisId, OffsetDateTime acceptedAt, List<RecipientView> recipients,
                       List<Linked> statuses, List<Linked> linked, List<Step> history) {}

    public record RecipientView(String organId, String route, String state, int attempts, String lastError,
                                String ackReason, OffsetDateTime fetchedAt, OffsetDateTime completedAt,
                                List<Step> history, List<DutyState> duties) {}

    public record Step(OffsetDateTime at, String type, String state, String detail) {}

    public record Linked(String axisId, String from, String kind, Integer businessType, String statusCode,
                         OffsetDateTime receivedAt) {}

    public View of(String axisId, String agency) {
        StoredPackage p = repo.findPackage(axisId).filter(x -> x.from().equals(agency))
                .orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND,
                        "no package " + axisId + " sent by this agency", "axisId"));
        return view(p, null);
    }

    /** The sender's whole trace, or (for a recipient, as in an evidence container) its own copy only. */
    public View ofCopyOrAll(StoredPackage p, String agency) {
        return view(p, p.from().equals(agency) ? null : agency);
    }

    private View view(StoredPackage p, String onlyRecipient) {
        String axisId = p.axisId();
        List<LedgerEvent> events = repo.events(axisId);
        Map<Long, List<DutyState>> dutyStates = duties.of(axisId);
        List<RecipientView> recipients = repo.deliveries(axisId).stream()
                .filter(d -> onlyRecipient == null || d.recipient().equals(onlyRecipient))
                .map(d -> new RecipientView(d.recipient(),
                d.route().wireName(), d.state().wireName(), d.attempts(), d.lastError(), d.ackReason(), d.fetchedAt(),
                d.completedAt(), events.stream().filter(e -> e.deliveryId() != null && e.deliveryId() == d.id())
                        .map(Trace::step).toList(), dutyStates.get(d.id()))).toList();
        List<StoredPackage> related = repo.related(axisId).stream()
                .filter(r -> onlyRecipient == null || r.from().equals(onlyRecipient)).toList();
        List<Linked> statuses = related.stream().filter(r -> r.kind() == PackageKind.STATUS).map(Trace::linked).toList();
        List<Linked> linked = related.stream().filter(r -> r.kind() == PackageKind.DOCUMENT).map(Trace::linked).toList();
        List<Step> history = events.stream().filter(e -> e.deliveryId() == null).map(Trace::step).toList();
        return new View(p.axisId(), p.kind().wireName(), p.documentId(), p.businessType(), p.from(), p.relatedAxisId(),
                p.receivedAt(), recipients, statuses, linked, history);
    }

    private static Step step(LedgerEvent e) {
        return new Step(e.at(), e.type(), e.state() == null ? null : DeliveryState.valueOf(e.state()).wireName(),
                e.detail());
    }

    private static Linked linked(StoredPackage r) {
        return new Linked(r.axisId(), r.from(), r.kind().wireName(), r.businessType(), r.statusCode(), r.receivedAt());
    }
}
