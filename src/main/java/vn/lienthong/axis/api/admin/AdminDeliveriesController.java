package vn.lienthong.axis.api.admin;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.delivery.DeliveryAdmin;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;

/** Dead, retrying and queued deliveries; requeue one. */
@RestController
@RequestMapping("/admin/api/v1/deliveries")
public class AdminDeliveriesController {
    private final DeliveryAdmin deliveries;
    private final AuditLog audit;

    public AdminDeliveriesController(DeliveryAdmin deliveries, AuditLog audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    public record DeliveryView(long id, String axisId, String recipient, String route, String state, int attempts,
                               String lastError, java.time.OffsetDateTime updatedAt) {}

    @GetMapping
    public List<DeliveryView> list(@RequestParam(defaultValue = "dead") String state,
                                   @RequestParam(required = false) String agency,
                                   @RequestParam(defaultValue = "200") int limit) {
        DeliveryState s;
        try {
            s = DeliveryState.fromWire(state);
        } catch (IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "unknown state " + state, "state");
        }
        return deliveries.list(s, agency == null ? null : agency.trim().toUpperCase(Locale.ROOT),
                        Math.max(1, Math.min(limit, 1000)))
                .stream().map(AdminDeliveriesController::view).toList();
    }

    @PostMapping("/{id}/requeue")
    public DeliveryView requeue(@PathVariable long id,
                                @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        Delivery d = deliveries.requeue(id, actor);
        audit.record(actor, "delivery-requeued", Long.toString(id), "package " + d.axisId() + " to " + d.recipient());
        return view(d);
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id(), d.axisId(), d.recipient(), d.route().wireName(), d.state().wireName(),
                d.attempts(), d.lastError(), d.updatedAt());
    }
}
