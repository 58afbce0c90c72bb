package vn.lienthong.axis.api.admin;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.CertificateRollover;
import vn.lienthong.axis.directory.TrustRuntime;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Certificate rollover: retire an agency's signing certificate on a date (its successor is added with PUT
 * /agencies/{code} beforehand; both are accepted until then), remove one, remove a trust anchor added at
 * run time (configured anchors change in configuration).
 */
@RestController
public class AdminCertificatesController {
    private final CertificateRollover rollover;
    private final TrustRuntime trust;
    private final AuditLog audit;

    public AdminCertificatesController(CertificateRollover rollover, TrustRuntime trust, AuditLog audit) {
        this.rollover = rollover;
        this.trust = trust;
        this.audit = audit;
    }

    /** {@code at}: ISO-8601 with offset, e.g. {@code 2027-01-01T00:00:00+07:00}; null clears a planned retirement. */
    public record RetireBody(OffsetDateTime at) {}

    @PutMapping("/admin/api/v1/agencies/{code}/certificates/{sha256}/retirement")
    public ResponseEntity<Void> retire(@PathVariable String code, @PathVariable String sha256,
                                       @RequestBody RetireBody body, @AuthenticationPrincipal AdminActor admin) {
        String agency = code.trim().toUpperCase(Locale.ROOT);
        if (!rollover.retire(agency, sha256.toLowerCase(Locale.ROOT), body == null ? null : body.at())) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "agency " + agency + " has no certificate " + sha256, "sha256");
        }
        audit.record(admin.name(), "agency-certificate-retired", agency, sha256 + " from " + (body == null ? null : body.at()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/admin/api/v1/agencies/{code}/certificates/{sha256}")
    public ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String sha256,
                                       @AuthenticationPrincipal AdminActor admin) {
        String agency = code.trim().toUpperCase(Locale.ROOT);
        if (!rollover.remove(agency, sha256.toLowerCase(Locale.ROOT))) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "agency " + agency + " has no certificate " + sha256, "sha256");
        }
        audit.record(admin.name(), "agency-certificate-removed", agency, sha256);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/admin/api/v1/trust-anchors/{sha256}")
    public ResponseEntity<Void> removeTrustAnchor(@PathVariable String sha256, @AuthenticationPrincipal AdminActor admin) {
        if (!rollover.removeTrustAnchor(sha256.toLowerCase(Locale.ROOT))) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no trust anchor " + sha256 + " added through the admin"
                    + " API (configured anchors are removed from axis.trust.anchors)", "sha256");
        }
        trust.reload();
        audit.record(admin.name(), "trust-anchor-removed", sha256, null);
        return ResponseEntity.noContent().build();
    }
}
