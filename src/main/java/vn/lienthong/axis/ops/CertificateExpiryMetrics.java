package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.TrustRuntime;
import vn.lienthong.axis.jobs.PeriodicJob;
import vn.lienthong.axis.trust.Certificates;

/**
 * {@code axis_certificate_days_left{kind, owner, sha256}}: days until every registered agency signing
 * certificate ({@code kind="agency-signing"}, owner the agency code) and every trust anchor
 * ({@code kind="trust-anchor"}) expires; negative once expired. Recomputed every {@value #REFRESH_MINUTES}
 * minutes (and at start), so that the alert rules at 30 and 7 days see a certificate added since.
 */
@Component
public class CertificateExpiryMetrics implements DisposableBean {
    static final int REFRESH_MINUTES = 10;
    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryMetrics.class);
    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();
    private final JdbcClient jdbc;
    private final TrustRuntime trust;
    private final MultiGauge gauge;
    private final PeriodicJob job = new PeriodicJob("certificate-expiry-metrics", log,
            "Could not read the certificates for axis_certificate_days_left");

    public CertificateExpiryMetrics(JdbcClient jdbc, TrustRuntime trust, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.trust = trust;
        this.gauge = MultiGauge.builder("axis.certificate.days.left")
                .description("Days until the certificate expires (negative: expired)").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(Duration.ofMinutes(REFRESH_MINUTES), this::refresh);
    }

    /** Reads the certificates now and replaces the series (a removed certificate's series goes away). */
    public void refresh() {
        Instant now = Instant.now();
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql("select agency_code, sha256_fingerprint, not_after from agency_certificate where not_after is not null")
                .query((rs, n) -> MultiGauge.Row.of(Tags.of("kind", "agency-signing", "owner", rs.getString(1),
                        "sha256", rs.getString(2)), daysLeft(now, rs.getObject(3, OffsetDateTime.class).toInstant())))
                .list().forEach(rows::add);
        trust.current().anchors().anchors().forEach(a -> rows.add(MultiGauge.Row.of(Tags.of("kind", "trust-anchor",
                "owner", "trust-anchor", "sha256", Certificates.sha256(a.certificate())),
                daysLeft(now, a.certificate().getNotAfter().toInstant()))));
        gauge.register(rows, true);
    }

    private static double daysLeft(Instant now, Instant notAfter) {
        return Math.floor((notAfter.getEpochSecond() - now.getEpochSecond()) / SECONDS_PER_DAY * 10) / 10;
    }

    @Override
    public void destroy() {
        job.close();
    }
}
