package vn.lienthong.axis.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence settings under {@code axis.evidence}: the hash-chained ledger and its signed checkpoints.
 *
 * @param chainLanes         parallel hash chains (each serialised by a row lock on its head row); 1..64
 * @param checkpointPeriod   how often the axis signs a checkpoint of the chain heads
 * @param tsa                the RFC 3161 time-stamping authority that stamps each checkpoint (ADR 028)
 */
@Validated
@ConfigurationProperties("axis.evidence")
public record EvidenceProperties(@DefaultValue("4") int chainLanes, @DefaultValue("1m") Duration checkpointPeriod,
                                 @DefaultValue Tsa tsa) {
    public EvidenceProperties {
        if (chainLanes < 1 || chainLanes > 64) {
            throw new IllegalArgumentException("axis.evidence.chain-lanes must be between 1 and 64, not " + chainLanes);
        }
        if (checkpointPeriod.isNegative() || checkpointPeriod.isZero()) {
            throw new IllegalArgumentException("axis.evidence.checkpoint-period must be positive");
        }
    }

    /**
     * @param url       the TSA's HTTP(S) address; empty: checkpoints are not time-stamped
     * @param trust     PEM files of the anchors the TSA certificate must chain to (required with a url)
     * @param policy    the TSA policy OID to ask for; empty: the TSA's default
     * @param timeout   connect and answer timeout of one request
     * @param retryFor  how long an unstamped checkpoint is retried (newest first) before it is left
     */
    public record Tsa(@DefaultValue("") String url, @DefaultValue List<String> trust, @DefaultValue("") String policy,
                      @DefaultValue("10s") Duration timeout, @DefaultValue("7d") Duration retryFor) {
        public Tsa {
            trust = List.copyOf(trust);
            if (!url.isBlank()) {
                String scheme = URI.create(url).getScheme();
                if (!"http".equals(scheme) && !"https".equals(scheme)) {
                    throw new IllegalArgumentException("axis.evidence.tsa.url must be an http(s) address, not " + url);
                }
                if (trust.isEmpty()) {
                    throw new IllegalArgumentException("axis.evidence.tsa.trust must name the PEM anchor(s) of the"
                            + " time-stamping authority when axis.evidence.tsa.url is set: an unchecked token proves"
                            + " nothing");
                }
            }
            if (timeout.isNegative() || timeout.isZero() || retryFor.isNegative() || retryFor.isZero()) {
                throw new IllegalArgumentException("axis.evidence.tsa.timeout and retry-for must be positive");
            }
        }

        public boolean configured() { return !url.isBlank(); }
    }
}
