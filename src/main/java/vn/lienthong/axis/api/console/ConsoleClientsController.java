package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.api.admin.AdminClientsController;
import vn.lienthong.axis.console.DirectoryViews;

/**
 * Hệ thống khách: client systems (list, register, revoke). Registration is the admin API's (checks, audit);
 * the token and VXP secret are shown once, on the answer page, which is never cached.
 */
@Controller
class ConsoleClientsController {
    private final AdminClientsController clients;
    private final DirectoryViews views;

    ConsoleClientsController(AdminClientsController clients, DirectoryViews views) {
        this.clients = clients;
        this.views = views;
    }

    @GetMapping("/console/clients")
    String list(Model model) {
        model.addAttribute("clients", views.clients());
        return "console/clients";
    }

    @GetMapping("/console/clients/new")
    String form() {
        return "console/client-form";
    }

    @PostMapping("/console/clients")
    String register(@RequestParam String name, @RequestParam String agencies,
                    @RequestParam(required = false) String vxpSystemId, @AuthenticationPrincipal ConsolePerson person,
                    Model model, HttpServletResponse response) {
        var body = new AdminClientsController.ClientBody(name, Arrays.stream(agencies.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList(), vxpSystemId == null || vxpSystemId.isBlank() ? null : vxpSystemId.trim(),
                null, null, null, null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("registered", clients.register(body, person.asAdmin()).getBody());
        model.addAttribute("name", name);
        return "console/client-created";
    }

    @PostMapping("/console/clients/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal ConsolePerson person) {
        clients.revoke(id, person.asAdmin());
        return "redirect:/console/clients";
    }
}
