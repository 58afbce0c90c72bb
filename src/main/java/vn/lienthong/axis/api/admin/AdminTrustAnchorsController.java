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
import vn.lienthong.axis.directory.TrustAnchorAdministration;
import vn.lienthong.axis.directory.TrustAnchorAdministration.AnchorView;

/**
 * Trust anchors: list (configured and added, with expiry), add a CA certificate at run time, remove one added
 * that way: the HTTP edge of {@link TrustAnchorAdministration}, which holds the checks and the audit.
 */
@RestController
@RequestMapping("/admin/api/v1/trust-anchors")
public class AdminTrustAnchorsController {
    private final TrustAnchorAdministration anchors;

    public AdminTrustAnchorsController(TrustAnchorAdministration anchors) {
        this.anchors = anchors;
    }

    /** {@code revocation}: hard-fail (default) or soft-fail for a CA without reachable CRL/OCSP (not in production). */
    public record AddBody(String pem, String revocation) {}

    @GetMapping
    public List<AnchorView> list() {
        return anchors.list();
    }

    @PostMapping
    public ResponseEntity<AnchorView> add(@RequestBody AddBody body, @AuthenticationPrincipal AdminActor admin) {
        AnchorView added = anchors.add(body == null ? null : body.pem(), body == null ? null : body.revocation(),
                admin.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @DeleteMapping("/{sha256}")
    public ResponseEntity<Void> remove(@PathVariable String sha256, @AuthenticationPrincipal AdminActor admin) {
        anchors.remove(sha256, admin.name());
        return ResponseEntity.noContent().build();
    }
}
