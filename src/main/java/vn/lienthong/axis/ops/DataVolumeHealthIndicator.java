package vn.lienthong.axis.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.intake.DataVolume;
import vn.lienthong.axis.intake.Spool;

/**
 * {@code dataVolume} health: DOWN while the data volume has less than {@code axis.limits.min-free-bytes}
 * free, which is exactly when intake answers 503. Details carry numbers only, no path.
 */
@Component
public class DataVolumeHealthIndicator implements HealthIndicator {
    private final Spool spool;

    public DataVolumeHealthIndicator(Spool spool) {
        this.spool = spool;
    }

    @Override
    public Health health() {
        long free = DataVolume.usableBytes(spool.dir());
        Health.Builder h = free >= spool.minFreeBytes() ? Health.up() : Health.down();
        return h.withDetail("freeBytes", free).withDetail("minFreeBytes", spool.minFreeBytes())
                .withDetail("intake", free >= spool.minFreeBytes() ? "open" : "refusing (503)").build();
    }
}
