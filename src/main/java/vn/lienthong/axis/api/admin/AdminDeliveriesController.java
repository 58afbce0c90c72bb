package vn.lienthong.axis.api.admin;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.delivery.DeliveryAdmin;
import vn.lienthong.axis.ledger.Delivery;

/** Dead, retrying and queued deliveries; requeue one: the HTTP edge of {@link DeliveryAdmin} (checks, audit). */
@RestController
@RequestMapping("/admin/api/v1/deliveries")
public class AdminDeliveriesController {
    private final DeliveryAdmin deliveries;

    public AdminDeliveriesController(DeliveryAdmin deliveries) {
        this.deliveries = deliveries;
    }

    public record DeliveryView(long id, String axisId, String recipient, String route, String state, int attempts,
                               String lastError, java.time.OffsetDateTime updatedAt) {}

    @GetMapping
    public List<DeliveryView> list(@RequestParam(defaultValue = "dead") String state,
                                   @RequestParam(required = false) String agency,
                                   @RequestParam(defaultValue = "200") int limit) {
        return deliveries.list(state, agency, limit).stream().map(AdminDeliveriesController::view).toList();
    }

    @PostMapping("/{id}/requeue")
    public DeliveryView requeue(@PathVariable long id, @AuthenticationPrincipal AdminActor admin) {
        return view(deliveries.requeue(id, admin.name()));
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id(), d.axisId(), d.recipient(), d.route().wireName(), d.state().wireName(),
                d.attempts(), d.lastError(), d.updatedAt());
    }
}
