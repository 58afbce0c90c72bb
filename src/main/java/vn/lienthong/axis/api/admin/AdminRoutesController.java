package vn.lienthong.axis.api.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.directory.RoutingDirectory;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Route rules: agency code patterns ({@code *.G22}, {@code 000.00.*.H41}, exact codes) → {@code upstream}
 * or {@code peer:<name>}, consulted most specific first for codes that are not agencies here.
 */
@RestController
@RequestMapping("/admin/api/v1/routes")
public class AdminRoutesController {
    private final RoutingDirectory routing;
    private final AuditLog audit;

    public AdminRoutesController(RoutingDirectory routing, AuditLog audit) {
        this.routing = routing;
        this.audit = audit;
    }

    /** The answer to "where does this code go": the rule that matched, or none. */
    public record Resolution(String code, RouteRule rule) {}

    @GetMapping
    public List<RouteRule> list() {
        return routing.rules();
    }

    @GetMapping("/resolve")
    public Resolution resolve(@RequestParam String code) {
        return new Resolution(code, routing.ruleFor(code).orElse(null));
    }

    /** Adds the rule, or replaces the target of an existing pattern. */
    @PostMapping
    public ResponseEntity<RouteRule> put(@RequestBody RouteRule rule,
                                         @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        routing.putRule(rule, "admin");
        audit.record(actor, "route-rule-set", rule.pattern(), "target=" + rule.target());
        return ResponseEntity.status(HttpStatus.CREATED).body(rule);
    }

    @DeleteMapping("/{pattern}")
    public ResponseEntity<Void> delete(@PathVariable String pattern,
                                       @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        if (!routing.deleteRule(pattern)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no route rule " + pattern, "pattern");
        }
        audit.record(actor, "route-rule-deleted", pattern, null);
        return ResponseEntity.noContent().build();
    }
}
