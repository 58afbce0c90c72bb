package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.console.OperatorTokens;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Mã truy cập cá nhân: a person's own admin API tokens (issued with that person's role, shown once, revocable). */
@Controller
class ConsoleTokensController {
    private final OperatorTokens tokens;
    private final AuditLog audit;

    ConsoleTokensController(OperatorTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/console/tokens")
    String list(@AuthenticationPrincipal ConsolePerson person, Model model) {
        model.addAttribute("tokens", tokens.of(person.login()));
        return "console/tokens";
    }

    @PostMapping("/console/tokens")
    String issue(@RequestParam(defaultValue = "") String label, @AuthenticationPrincipal ConsolePerson person,
                 Model model, HttpServletResponse response) {
        OperatorTokens.Issued issued = tokens.issue(person.login(), label);
        audit.record(person.actor(), "api-token-issued", issued.id(), label);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("tokens", tokens.of(person.login()));
        return "console/tokens";
    }

    @PostMapping("/console/tokens/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal ConsolePerson person) {
        if (!tokens.revoke(id, person.login())) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no active token " + id + " of yours", "id");
        }
        audit.record(person.actor(), "api-token-revoked", id, null);
        return "redirect:/console/tokens";
    }
}
