package vn.lienthong.axis.api.admin;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.RoutingDirectory;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Code aliases: a retired code (QĐ 09/2025) and its successor; packages to the old code reach the new one. */
@RestController
@RequestMapping("/admin/api/v1/aliases")
public class AdminAliasesController {
    private final RoutingDirectory routing;
    private final AuditLog audit;

    public AdminAliasesController(RoutingDirectory routing, AuditLog audit) {
        this.routing = routing;
        this.audit = audit;
    }

    @GetMapping
    public List<RoutingDirectory.Alias> list() {
        return routing.aliases();
    }

    @PostMapping
    public ResponseEntity<RoutingDirectory.Alias> put(@RequestBody RoutingDirectory.Alias body,
            @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        String oldCode = code(body.oldCode(), "oldCode");
        String newCode = code(body.newCode(), "newCode");
        if (oldCode.equals(newCode)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "a code cannot be its own successor", "newCode");
        }
        RoutingDirectory.Alias alias = new RoutingDirectory.Alias(oldCode, newCode, body.reason());
        routing.putAlias(alias);
        audit.record(actor, "alias-set", oldCode, "successor " + newCode + (body.reason() == null ? "" : ": " + body.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(alias);
    }

    @DeleteMapping("/{oldCode}")
    public ResponseEntity<Void> delete(@PathVariable String oldCode,
                                       @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        if (!routing.deleteAlias(oldCode)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no alias for " + oldCode, "oldCode");
        }
        audit.record(actor, "alias-deleted", oldCode, null);
        return ResponseEntity.noContent().build();
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
