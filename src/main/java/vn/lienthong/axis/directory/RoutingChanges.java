package vn.lienthong.axis.directory;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Changes to route rules and code aliases, checked and audited once for every edge that makes them (the admin
 * API and the console): a rule's pattern and target are {@link RouteRule}'s to check; an alias joins two
 * well-formed, different codes.
 */
@Service
public class RoutingChanges {
    private final RoutingDirectory routing;
    private final AuditLog audit;

    public RoutingChanges(RoutingDirectory routing, AuditLog audit) {
        this.routing = routing;
        this.audit = audit;
    }

    /** Adds the rule, or replaces the target of an existing pattern. */
    @Transactional
    public RouteRule putRule(RouteRule rule, String actor) {
        routing.putRule(rule, "admin");
        audit.record(actor, "route-rule-set", rule.pattern(), "target=" + rule.target());
        return rule;
    }

    @Transactional
    public void deleteRule(String pattern, String actor) {
        if (!routing.deleteRule(pattern)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no route rule " + pattern, "pattern");
        }
        audit.record(actor, "route-rule-deleted", pattern, null);
    }

    @Transactional
    public RoutingDirectory.Alias putAlias(String oldCode, String newCode, String reason, String actor) {
        String from = code(oldCode, "oldCode");
        String to = code(newCode, "newCode");
        if (from.equals(to)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "a code cannot be its own successor", "newCode");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        RoutingDirectory.Alias alias = new RoutingDirectory.Alias(from, to, why);
        routing.putAlias(alias);
        audit.record(actor, "alias-set", from, "successor " + to + (why == null ? "" : ": " + why));
        return alias;
    }

    @Transactional
    public void deleteAlias(String oldCode, String actor) {
        if (!routing.deleteAlias(oldCode)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no alias for " + oldCode, "oldCode");
        }
        audit.record(actor, "alias-deleted", oldCode, null);
    }

    private static String code(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, field + " is required", field);
        }
        String c = s.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9.]{1,35}")) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, field + " must be an agency code of A-Z, 0-9 and '.'", field);
        }
        return c;
    }
}
