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
import vn.lienthong.axis.console.DirectoryViews;
import vn.lienthong.axis.directory.ClientRegistration;

/**
 * Hệ thống khách: client systems (list, register, revoke). Registration is {@link ClientRegistration}'s, the same
 * as the admin API's (checks, audit); the token and VXP secret are shown once, on the answer page, never cached.
 */
@Controller
class ConsoleClientsController {
    private final ClientRegistration clients;
    private final DirectoryViews views;

    ConsoleClientsController(ClientRegistration clients, DirectoryViews views) {
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
        var request = new ClientRegistration.Request(name, Arrays.stream(agencies.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList(), vxpSystemId == null || vxpSystemId.isBlank() ? null : vxpSystemId.trim(),
                false, false, false, null, true);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("registered", clients.register(request, person.actor()));
        model.addAttribute("name", name);
        return "console/client-created";
    }

    @PostMapping("/console/clients/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal ConsolePerson person) {
        clients.revoke(id, person.actor());
        return "redirect:/console/clients";
    }
}
