package vn.lienthong.axis.api.admin;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.TrustAnchorRepository;
import vn.lienthong.axis.directory.TrustRuntime;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.RevocationPolicy;
import vn.lienthong.axis.trust.SamplePkiGate;
import vn.lienthong.axis.trust.TrustAnchors;

/** Trust anchors: list (configured and added, with expiry) and add a CA certificate at runtime. */
@RestController
@RequestMapping("/admin/api/v1/trust-anchors")
public class AdminTrustAnchorsController {
    private final TrustAnchorRepository stored;
    private final TrustRuntime trust;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public AdminTrustAnchorsController(TrustAnchorRepository stored, TrustRuntime trust, AuditLog audit,
                                       SamplePkiGate samples) {
        this.stored = stored;
        this.trust = trust;
        this.audit = audit;
        this.samples = samples;
    }

    /** {@code revocation}: hard-fail (default) or soft-fail for a CA without reachable CRL/OCSP (not in production). */
    public record AddBody(String pem, String revocation) {}

    public record AnchorView(String subject, String sha256, Instant notAfter, long daysToExpiry, String revocation,
                             String source) {}

    @GetMapping
    public List<AnchorView> list() {
        TrustAnchors configured = trust.configuredAnchors();
        List<AnchorView> views = new ArrayList<>();
        for (TrustAnchors.Anchor a : trust.current().anchors().anchors()) {
            String source = configured.find(a.certificate()).isPresent() ? "configuration" : "admin";
            views.add(view(a.certificate(), a.revocationPolicy(), source));
        }
        return views;
    }

    @PostMapping
    public ResponseEntity<AnchorView> add(@RequestBody AddBody body,
                                          @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        if (body == null || body.pem() == null || body.pem().isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "pem is required", "pem");
        }
        X509Certificate cert = TrustAnchorRepository.parse(body.pem());
        samples.refuseSample(cert, "pem");
        requireUsableCa(cert);
        RevocationPolicy policy = revocation(body.revocation());
        if (policy == RevocationPolicy.SOFT_FAIL && trust.production()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST,
                    "soft-fail revocation is not allowed in production: every trust anchor is checked hard-fail",
                    "revocation");
        }
        if (!stored.exists(cert) && trust.configuredAnchors().find(cert).isEmpty()) {
            stored.add(cert, policy, body.pem(), actor);
            trust.reload();
        }
        audit.record(actor, "trust-anchor-added", Certificates.sha256(cert), cert.getSubjectX500Principal().getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(cert, policy, "admin"));
    }

    private static void requireUsableCa(X509Certificate cert) {
        if (cert.getBasicConstraints() < 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the certificate is not a CA (basicConstraints CA:true)",
                    "pem");
        }
        if (cert.getNotAfter().toInstant().isBefore(Instant.now())) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the certificate expired on " + cert.getNotAfter(), "pem");
        }
    }

    private static RevocationPolicy revocation(String wire) {
        if (wire == null || wire.isBlank() || wire.equalsIgnoreCase("hard-fail")) {
            return RevocationPolicy.HARD_FAIL;
        }
        if (wire.equalsIgnoreCase("soft-fail")) {
            return RevocationPolicy.SOFT_FAIL;
        }
        throw new AxisException(AxisErrorCode.BAD_REQUEST, "revocation must be hard-fail or soft-fail", "revocation");
    }

    private static AnchorView view(X509Certificate c, RevocationPolicy policy, String source) {
        Instant notAfter = c.getNotAfter().toInstant();
        return new AnchorView(c.getSubjectX500Principal().getName(), Certificates.sha256(c), notAfter,
                ChronoUnit.DAYS.between(Instant.now(), notAfter),
                policy.name().toLowerCase(Locale.ROOT).replace('_', '-'), source);
    }
}
