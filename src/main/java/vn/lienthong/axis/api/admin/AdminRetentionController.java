package vn.lienthong.axis.api.admin;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.retention.LegalHolds;

/** Where a package's bytes are (stored, archived, deleted) and its legal hold (ADR 027). Audited. */
@RestController
@RequestMapping("/admin/api/v1/packages/{axisId}")
public class AdminRetentionController {
    private final LegalHolds holds;
    private final AuditLog audit;

    public AdminRetentionController(LegalHolds holds, AuditLog audit) {
        this.holds = holds;
        this.audit = audit;
    }

    public record HoldBody(String reason) {}

    @GetMapping("/retention")
    public LegalHolds.View retention(@PathVariable String axisId) {
        return holds.view(axisId);
    }

    @PutMapping("/legal-hold")
    public LegalHolds.View setHold(@PathVariable String axisId, @RequestBody HoldBody body,
                                   @AuthenticationPrincipal AdminActor admin) {
        LegalHolds.View view = holds.set(axisId, body == null ? null : body.reason(), admin.name());
        audit.record(admin.name(), "legal-hold-set", axisId, view.hold().reason());
        return view;
    }

    @DeleteMapping("/legal-hold")
    public ResponseEntity<Void> clearHold(@PathVariable String axisId, @AuthenticationPrincipal AdminActor admin) {
        holds.clear(axisId, admin.name());
        audit.record(admin.name(), "legal-hold-cleared", axisId, null);
        return ResponseEntity.noContent().build();
    }
}
