package vn.lienthong.axis.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence settings under {@code axis.evidence}: the hash-chained ledger and its signed checkpoints.
 *
 * @param chainLanes         parallel hash chains (each serialised by a row lock on its head row); 1..64
 * @param checkpointPeriod   how often the axis signs a checkpoint of the chain heads
 */
@Validated
@ConfigurationProperties("axis.evidence")
public record EvidenceProperties(@DefaultValue("4") int chainLanes, @DefaultValue("1m") Duration checkpointPeriod) {
    public EvidenceProperties {
        if (chainLanes < 1 || chainLanes > 64) {
            throw new IllegalArgumentException("axis.evidence.chain-lanes must be between 1 and 64, not " + chainLanes);
        }
        if (checkpointPeriod.isNegative() || checkpointPeriod.isZero()) {
            throw new IllegalArgumentException("axis.evidence.checkpoint-period must be positive");
        }
    }
}
