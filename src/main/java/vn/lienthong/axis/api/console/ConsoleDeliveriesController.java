package vn.lienthong.axis.api.console;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienthong.axis.delivery.DeliveryAdmin;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Bản sao chưa tới nơi: dead, retrying and waiting-upstream copies with their last error; requeue one or a
 * selection after a confirmation page. Listing and requeueing (with its audit entry) are
 * {@link DeliveryAdmin}'s, as for the admin API.
 */
@Controller
class ConsoleDeliveriesController {
    static final List<String> STATES = List.of("dead", "retrying", "waiting-upstream", "queued");
    private final DeliveryAdmin deliveries;

    ConsoleDeliveriesController(DeliveryAdmin deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/console/deliveries")
    String list(@RequestParam(defaultValue = "dead") String state, @RequestParam(required = false) String agency,
                Model model) {
        model.addAttribute("states", STATES);
        model.addAttribute("state", state);
        model.addAttribute("agency", agency);
        model.addAttribute("deliveries", deliveries.list(state, agency, 500));
        return "console/deliveries";
    }

    /** Without {@code confirmed}: the confirmation page listing the selection; with it: requeue each. */
    @PostMapping("/console/deliveries/requeue")
    String requeue(@RequestParam(name = "id", required = false) List<Long> ids,
                   @RequestParam(defaultValue = "false") boolean confirmed,
                   @AuthenticationPrincipal ConsolePerson person, Model model, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "select at least one delivery", "id");
        }
        if (!confirmed) {
            model.addAttribute("ids", ids);
            return "console/requeue-confirm";
        }
        List<Long> done = ids.stream().map(id -> deliveries.requeue(id, person.actor()).id()).toList();
        redirect.addFlashAttribute("requeued", done);
        return "redirect:/console/deliveries";
    }
}
