package vn.lienthong.axis.directory;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.RevocationPolicy;
import vn.lienthong.axis.trust.SamplePkiGate;
import vn.lienthong.axis.trust.TrustAnchors;

/**
 * Chứng thư gốc tin cậy: lists the trust anchors (configured and added, with days to expiry), adds a CA
 * certificate at run time (a usable CA, not SAMPLE outside the local and test profiles, soft-fail revocation
 * never in production) and removes one added that way; every change reloads the trust and is audited under the
 * acting person. The admin API and the console both call it: the rules are here once.
 */
@Service
public class TrustAnchorAdministration {
    private final TrustAnchorRepository stored;
    private final CertificateRollover rollover;
    private final TrustRuntime trust;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public TrustAnchorAdministration(TrustAnchorRepository stored, CertificateRollover rollover, TrustRuntime trust,
                                     AuditLog audit, SamplePkiGate samples) {
        this.stored = stored;
        this.rollover = rollover;
        this.trust = trust;
        this.audit = audit;
        this.samples = samples;
    }

    /** An anchor as the edges show it; {@code source}: configuration or admin (added at run time). */
    public record AnchorView(String subject, String sha256, Instant notAfter, long daysToExpiry, String revocation,
                             String source) {}

    public List<AnchorView> list() {
        TrustAnchors configured = trust.configuredAnchors();
        List<AnchorView> views = new ArrayList<>();
        for (TrustAnchors.Anchor a : trust.current().anchors().anchors()) {
            String source = configured.find(a.certificate()).isPresent() ? "configuration" : "admin";
            views.add(view(a.certificate(), a.revocationPolicy(), source));
        }
        return views;
    }

    /** The anchors that expire within {@code days} (or have expired). */
    public List<AnchorView> expiringWithin(int days) {
        return list().stream().filter(a -> a.daysToExpiry() <= days).toList();
    }

    /**
     * Adds the CA certificate {@code pem} (nothing is stored if it is an anchor already).
     * {@code revocation}: hard-fail (default) or soft-fail for a CA without reachable CRL/OCSP (not in production).
     */
    public AnchorView add(String pem, String revocation, String actor) {
        if (pem == null || pem.isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "pem is required", "pem");
        }
        X509Certificate cert = TrustAnchorRepository.parse(pem);
        samples.refuseSample(cert, "pem");
        requireUsableCa(cert);
        RevocationPolicy policy = revocation(revocation);
        if (policy == RevocationPolicy.SOFT_FAIL && trust.production()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST,
                    "soft-fail revocation is not allowed in production: every trust anchor is checked hard-fail",
                    "revocation");
        }
        if (!stored.exists(cert) && trust.configuredAnchors().find(cert).isEmpty()) {
            stored.add(cert, policy, pem, actor);
            trust.reload();
        }
        audit.record(actor, "trust-anchor-added", Certificates.sha256(cert), cert.getSubjectX500Principal().getName());
        return view(cert, policy, "admin");
    }

    /** Removes an anchor added at run time; configured anchors change in configuration ({@code axis.trust.anchors}). */
    public void remove(String sha256, String actor) {
        if (!rollover.removeTrustAnchor(sha256.toLowerCase(Locale.ROOT))) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no trust anchor " + sha256 + " added through the admin"
                    + " API (configured anchors are removed from axis.trust.anchors)", "sha256");
        }
        trust.reload();
        audit.record(actor, "trust-anchor-removed", sha256, null);
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
