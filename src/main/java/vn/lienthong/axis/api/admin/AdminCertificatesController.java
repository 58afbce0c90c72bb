package vn.lienthong.axis.api.admin;

import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AgencyAdministration;

/**
 * Certificate rollover: retire an agency's signing certificate on a date (its successor is added with PUT
 * /agencies/{code} beforehand; both are accepted until then) or remove one: the HTTP edge of
 * {@link AgencyAdministration}, which holds the checks and the audit. Trust anchors are removed at
 * {@code DELETE /admin/api/v1/trust-anchors/{sha256}} ({@link AdminTrustAnchorsController}).
 */
@RestController
public class AdminCertificatesController {
    private final AgencyAdministration agencies;

    public AdminCertificatesController(AgencyAdministration agencies) {
        this.agencies = agencies;
    }

    /** {@code at}: ISO-8601 with offset, e.g. {@code 2027-01-01T00:00:00+07:00}; null clears a planned retirement. */
    public record RetireBody(OffsetDateTime at) {}

    @PutMapping("/admin/api/v1/agencies/{code}/certificates/{sha256}/retirement")
    public ResponseEntity<Void> retire(@PathVariable String code, @PathVariable String sha256,
                                       @RequestBody RetireBody body, @AuthenticationPrincipal AdminActor admin) {
        agencies.retireCertificate(code, sha256, body == null ? null : body.at(), admin.name());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/admin/api/v1/agencies/{code}/certificates/{sha256}")
    public ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String sha256,
                                       @AuthenticationPrincipal AdminActor admin) {
        agencies.removeCertificate(code, sha256, admin.name());
        return ResponseEntity.noContent().build();
    }
}
