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
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.directory.RoutingChanges;
import vn.lienthong.axis.directory.RoutingDirectory;

/**
 * Route rules: agency code patterns ({@code *.G22}, {@code 000.00.*.H41}, exact codes) → {@code upstream}
 * or {@code peer:<name>}, consulted most specific first for codes that are not agencies here. Changes are
 * {@link RoutingChanges}'s (checks, audit), shared with the console.
 */
@RestController
@RequestMapping("/admin/api/v1/routes")
public class AdminRoutesController {
    private final RoutingDirectory routing;
    private final RoutingChanges changes;

    public AdminRoutesController(RoutingDirectory routing, RoutingChanges changes) {
        this.routing = routing;
        this.changes = changes;
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
    public ResponseEntity<RouteRule> put(@RequestBody RouteRule rule, @AuthenticationPrincipal AdminActor admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(changes.putRule(rule, admin.name()));
    }

    @DeleteMapping("/{pattern}")
    public ResponseEntity<Void> delete(@PathVariable String pattern, @AuthenticationPrincipal AdminActor admin) {
        changes.deleteRule(pattern, admin.name());
        return ResponseEntity.noContent().build();
    }
}
