package vn.lienthong.axis.console;

import java.util.Locale;
import java.util.Set;

/**
 * What a person may do. {@code admin}: everything; {@code operator}: deliveries, the directory and client
 * systems; {@code auditor}: read everything, the audit log included, change nothing.
 */
public enum OperatorRole {
    ADMIN, OPERATOR, AUDITOR;

    /** Admin API areas an operator may change (the path segment after {@code /admin/api/v1/}). */
    private static final Set<String> OPERATOR_AREAS = Set.of("deliveries", "agencies", "clients", "aliases", "routes");

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority of the console chain (kept apart from the edge's {@code ROLE_ADMIN}). */
    public String authority() {
        return "ROLE_CONSOLE_" + name();
    }

    public static OperatorRole fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether a personal API token of this role may make this admin API call. */
    public boolean mayCallAdminApi(String method, String path) {
        if (this == ADMIN || method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        if (this == AUDITOR) {
            return false;
        }
        String rest = path.startsWith("/admin/api/v1/") ? path.substring("/admin/api/v1/".length()) : "";
        int slash = rest.indexOf('/');
        return OPERATOR_AREAS.contains(slash < 0 ? rest : rest.substring(0, slash));
    }
}
