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
import vn.lienthong.axis.console.AccountAdministration;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.console.OperatorRole;

/**
 * Tài khoản (admins only): list, create, disable/enable, reset a password, change a role. The rules and the audit
 * are {@link AccountAdministration}'s; a generated password is shown once, on a page that is never cached.
 */
@Controller
class ConsoleAccountsController {
    private final AccountAdministration admin;
    private final OperatorAccounts accounts;

    ConsoleAccountsController(AccountAdministration admin, OperatorAccounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @GetMapping("/console/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", OperatorRole.values());
        return "console/accounts";
    }

    @PostMapping("/console/accounts")
    String create(@RequestParam String login, @RequestParam String displayName, @RequestParam String role,
                  @RequestParam(required = false) String password, @AuthenticationPrincipal ConsolePerson person,
                  Model model, HttpServletResponse response) {
        return handover(admin.create(login, displayName, role, password, person.actor()), model, response);
    }

    @PostMapping("/console/accounts/{login}/disable")
    String disable(@PathVariable String login, @AuthenticationPrincipal ConsolePerson person) {
        admin.setDisabled(login, true, person.actor());
        return "redirect:/console/accounts";
    }

    @PostMapping("/console/accounts/{login}/enable")
    String enable(@PathVariable String login, @AuthenticationPrincipal ConsolePerson person) {
        admin.setDisabled(login, false, person.actor());
        return "redirect:/console/accounts";
    }

    @PostMapping("/console/accounts/{login}/password")
    String resetPassword(@PathVariable String login, @RequestParam(required = false) String password,
                         @AuthenticationPrincipal ConsolePerson person, Model model, HttpServletResponse response) {
        return handover(admin.resetPassword(login, password, person.actor()), model, response);
    }

    @PostMapping("/console/accounts/{login}/role")
    String changeRole(@PathVariable String login, @RequestParam String role, @AuthenticationPrincipal ConsolePerson person) {
        admin.changeRole(login, role, person.actor());
        return "redirect:/console/accounts";
    }

    private String handover(AccountAdministration.Handover h, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("handover", h);
        return list(model);
    }
}
