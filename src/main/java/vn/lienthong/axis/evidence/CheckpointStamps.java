package vn.lienthong.axis.evidence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.timestamp.TimeStampAuthority;

/**
 * Time-stamps signed checkpoints with the configured RFC 3161 authority (ADR 028). Never on the
 * intake path, never blocking: a checkpoint the TSA cannot stamp is kept unstamped and retried,
 * newest first, on every checkpoint tick within {@code retry-for}; the first failure of a tick
 * ends it (the TSA is down, asking again at once would not help). Several nodes may stamp the same
 * checkpoint at once: the first token stored wins, the other is dropped.
 */
public class CheckpointStamps {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStamps.class);
    private static final int BATCH = 20;
    private final JdbcTemplate jdbc;
    private final TimeStampAuthority tsa;
    private final Duration retryFor;
    private final Clock clock;
    private final Map<String, Counter> outcomes;

    public CheckpointStamps(JdbcTemplate jdbc, TimeStampAuthority tsa, Duration retryFor, Clock clock,
                            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.tsa = tsa;
        this.retryFor = retryFor;
        this.clock = clock;
        this.outcomes = Map.of("stamped", counter(registry, "stamped"), "unavailable", counter(registry, "unavailable"),
                "refused", counter(registry, "refused"));
        if (tsa != null) {
            Gauge.builder("axis.evidence.checkpoints.unstamped", this, CheckpointStamps::safePending)
                    .description("Signed checkpoints within the retry window still waiting for a TSA time-stamp")
                    .register(registry);
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("axis.evidence.timestamps").description("RFC 3161 time-stamp requests for ledger"
                + " checkpoints, by outcome: stamped, unavailable (TSA unreachable or erroring), refused (answer did"
                + " not check out)").tag("outcome", outcome).register(registry);
    }

    public boolean configured() { return tsa != null; }

    public List<java.security.cert.X509Certificate> anchors() { return tsa == null ? List.of() : tsa.anchors(); }

    /** Stamps the unstamped checkpoints of the retry window, newest first; returns how many were stamped. */
    public int stampPending() {
        if (tsa == null) {
            return 0;
        }
        List<Map<String, Object>> pending = jdbc.queryForList("select id, signed_xml from ledger_checkpoint where"
                + " tsa_time is null and created_at > ? order by id desc fetch first " + BATCH + " rows only", since());
        int stamped = 0;
        for (Map<String, Object> row : pending) {
            long id = ((Number) row.get("id")).longValue();
            if (!stamp(id, (String) row.get("signed_xml"))) {
                break;
            }
            stamped++;
        }
        return stamped;
    }

    /** Unstamped checkpoints within the retry window (the gauge). */
    public long pending() {
        Long n = jdbc.queryForObject("select count(*) from ledger_checkpoint where tsa_time is null and created_at > ?",
                Long.class, since());
        return n == null ? 0 : n;
    }

    private boolean stamp(long id, String signedXml) {
        try {
            var stamp = tsa.stamp(signedXml.getBytes(StandardCharsets.UTF_8));
            jdbc.update("update ledger_checkpoint set tsa_token = ?, tsa_time = ?, tsa_attempts = tsa_attempts + 1,"
                    + " tsa_error = null where id = ? and tsa_time is null", Base64.getEncoder().encodeToString(stamp.token()),
                    OffsetDateTime.ofInstant(stamp.verified().time(), ZoneOffset.UTC), id);
            outcomes.get("stamped").increment();
            return true;
        } catch (AxisException e) {
            boolean down = e.code() == AxisErrorCode.DEPENDENCY_UNAVAILABLE;
            outcomes.get(down ? "unavailable" : "refused").increment();
            LOG.warn("checkpoint {} not time-stamped ({}), retried on the next tick: {}", id,
                    down ? "TSA unavailable" : "TSA answer refused", e.getMessage());
            String why = e.getMessage().length() > 1000 ? e.getMessage().substring(0, 1000) : e.getMessage();
            jdbc.update("update ledger_checkpoint set tsa_attempts = tsa_attempts + 1, tsa_error = ? where id = ?"
                    + " and tsa_time is null", why, id);
            return false;
        }
    }

    private OffsetDateTime since() {
        return OffsetDateTime.now(clock).minus(retryFor);
    }

    private double safePending() {
        try {
            return pending();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
