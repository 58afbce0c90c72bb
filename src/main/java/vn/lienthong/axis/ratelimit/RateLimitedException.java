package vn.lienthong.axis.ratelimit;

import java.time.Duration;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** RATE_LIMITED, with how long the client should wait: REST {@code Retry-After}, SOAP/VXP in the detail. */
public final class RateLimitedException extends AxisException {
    private final Duration retryAfter;

    public RateLimitedException(String detail, Duration retryAfter) {
        super(AxisErrorCode.RATE_LIMITED, detail + "; retry after " + seconds(retryAfter) + " s", null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least 1, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
