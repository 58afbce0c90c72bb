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
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.RoutingChanges;
import vn.lienthong.axis.directory.RoutingDirectory;

/**
 * Code aliases: a retired code (QĐ 09/2025) and its successor; packages to the old code reach the new one.
 * Changes are {@link RoutingChanges}'s (checks, audit), shared with the console.
 */
@RestController
@RequestMapping("/admin/api/v1/aliases")
public class AdminAliasesController {
    private final RoutingDirectory routing;
    private final RoutingChanges changes;

    public AdminAliasesController(RoutingDirectory routing, RoutingChanges changes) {
        this.routing = routing;
        this.changes = changes;
    }

    @GetMapping
    public List<RoutingDirectory.Alias> list() {
        return routing.aliases();
    }

    @PostMapping
    public ResponseEntity<RoutingDirectory.Alias> put(@RequestBody RoutingDirectory.Alias body,
            @AuthenticationPrincipal AdminActor admin) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(changes.putAlias(body.oldCode(), body.newCode(), body.reason(), admin.name()));
    }

    @DeleteMapping("/{oldCode}")
    public ResponseEntity<Void> delete(@PathVariable String oldCode, @AuthenticationPrincipal AdminActor admin) {
        changes.deleteAlias(oldCode, admin.name());
        return ResponseEntity.noContent().build();
    }
}
