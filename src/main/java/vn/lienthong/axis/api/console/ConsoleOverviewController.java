package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.console.OverviewFigures;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.TrustAnchorAdministration;
import vn.lienthong.axis.federation.upstream.UpstreamConnection;
import vn.lienthong.axis.ops.QueueDepthMetrics;
import vn.lienthong.axis.route.RouteStates;

/**
 * Tổng quan: the overview (refreshes itself every 30 s: figures, routes with their throughput, the national axis
 * connection), the sign-in page and the language choice.
 */
@Controller
class ConsoleOverviewController {
    static final int EXPIRY_WARNING_DAYS = 30;
    private final OverviewFigures figures;
    private final RouteStates routes;
    private final QueueDepthMetrics queues;
    private final TrustAnchorAdministration anchors;
    private final OperatorAccounts accounts;
    private final AuditLog audit;
    private final UpstreamConnection upstream;
    private final ConsoleSingleSignOn singleSignOn;

    ConsoleOverviewController(OverviewFigures figures, RouteStates routes, QueueDepthMetrics queues,
                              TrustAnchorAdministration anchors, OperatorAccounts accounts, AuditLog audit,
                              UpstreamConnection upstream, ConsoleSingleSignOn singleSignOn) {
        this.upstream = upstream;
        this.singleSignOn = singleSignOn;
        this.figures = figures;
        this.routes = routes;
        this.queues = queues;
        this.anchors = anchors;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/console/login")
    String login(Model model) {
        model.addAttribute("singleSignOn", singleSignOn.enabled());
        return "console/login";
    }

    @GetMapping("/console")
    String overview(Model model, @AuthenticationPrincipal ConsolePerson person) {
        OffsetDateTime now = OffsetDateTime.now();
        long[] packages = figures.packagesTodayAndThisHour(now);
        model.addAttribute("packagesToday", packages[0]);
        model.addAttribute("packagesThisHour", packages[1]);
        model.addAttribute("deliveries", figures.deliveriesByState());
        model.addAttribute("refusals", figures.refusalsByCode(now.minusDays(1)));
        Map<String, OptionalLong> depths = queues.depths();
        model.addAttribute("queues", depths);
        model.addAttribute("queuesUnknown", depths.values().stream().anyMatch(OptionalLong::isEmpty));
        model.addAttribute("routes", routes.all());
        model.addAttribute("upstream", upstream.status());
        model.addAttribute("certificates", figures.certificatesExpiring(now, EXPIRY_WARNING_DAYS));
        model.addAttribute("anchors", anchors.expiringWithin(EXPIRY_WARNING_DAYS));
        model.addAttribute("account", accounts.find(person.login()).orElseThrow());
        return "console/overview";
    }

    /** Chọn ngôn ngữ: kept with the account, so the next sign-in opens in the same language. */
    @PostMapping("/console/language")
    String language(@RequestParam String lang, @AuthenticationPrincipal ConsolePerson person,
                    HttpServletRequest request) {
        String chosen = ConsoleLocales.SUPPORTED.contains(lang) ? lang : "vi";
        accounts.setLocale(person.login(), chosen);
        ConsoleLocales.remember(request, chosen);
        audit.record(person.actor(), "console-language-set", person.login(), chosen);
        String back = request.getHeader("Referer");
        return "redirect:" + (back != null && back.contains("/console") ? back.substring(back.indexOf("/console")) : "/console");
    }

}
