package vn.lienthong.axis.ratelimit;

import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The limits of one client: sustained request rate, burst, and request-body bytes in transit at once. */
public record ClientLimit(double requestsPerSecond, long burst, long maxInFlightBytes) {

    /** Refuses values that would lock a client out or overflow the bucket. */
    public ClientLimit {
        if (!(requestsPerSecond > 0) || requestsPerSecond > 1_000_000) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "requestsPerSecond must be > 0 and <= 1000000",
                    "requestsPerSecond");
        }
        if (burst < 1 || burst > 10_000_000) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "burst must be between 1 and 10000000", "burst");
        }
        if (maxInFlightBytes < 1) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "maxInFlightBytes must be > 0", "maxInFlightBytes");
        }
    }
}
