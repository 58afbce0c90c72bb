package vn.lienthong.axis.api.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.directory.RoutingChanges;
import vn.lienthong.axis.directory.RoutingDirectory;

/**
 * Định tuyến: route rules (code pattern → upstream or a peer axis) and code aliases (retired code → successor):
 * list, add, delete. The checks and the audit are {@link RoutingChanges}'s, the admin API's too.
 */
@Controller
class ConsoleRoutingController {
    private final RoutingDirectory routing;
    private final RoutingChanges changes;

    ConsoleRoutingController(RoutingDirectory routing, RoutingChanges changes) {
        this.routing = routing;
        this.changes = changes;
    }

    @GetMapping("/console/routing")
    String list(Model model) {
        model.addAttribute("rules", routing.rules());
        model.addAttribute("aliases", routing.aliases());
        return "console/routing";
    }

    @PostMapping("/console/routing/rules")
    String putRule(@RequestParam String pattern, @RequestParam String target,
                   @AuthenticationPrincipal ConsolePerson person) {
        changes.putRule(new RouteRule(pattern.trim(), target.trim()), person.actor());
        return "redirect:/console/routing";
    }

    @PostMapping("/console/routing/rules/delete")
    String deleteRule(@RequestParam String pattern, @AuthenticationPrincipal ConsolePerson person) {
        changes.deleteRule(pattern, person.actor());
        return "redirect:/console/routing";
    }

    @PostMapping("/console/routing/aliases")
    String putAlias(@RequestParam String oldCode, @RequestParam String newCode,
                    @RequestParam(required = false) String reason, @AuthenticationPrincipal ConsolePerson person) {
        changes.putAlias(oldCode, newCode, reason, person.actor());
        return "redirect:/console/routing";
    }

    @PostMapping("/console/routing/aliases/delete")
    String deleteAlias(@RequestParam String oldCode, @AuthenticationPrincipal ConsolePerson person) {
        changes.deleteAlias(oldCode, person.actor());
        return "redirect:/console/routing";
    }
}
