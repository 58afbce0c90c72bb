package vn.lienthong.axis.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;

/**
 * Default limits of one client ({@code axis.limits.rate.*}); the admin API overrides them per client.
 *
 * @param requestsPerSecond sustained requests per second of one client (token, VXP system or certificate)
 * @param burst             requests a client may make at once before the sustained rate applies
 * @param maxInFlightBytes  request-body bytes one client may have in transit at the same time
 */
@Validated
@ConfigurationProperties("axis.limits.rate")
public record RateLimitProperties(@DefaultValue("100") @Positive double requestsPerSecond,
                                  @DefaultValue("200") @Positive long burst,
                                  @DefaultValue("536870912") @Positive long maxInFlightBytes) {

    /** The defaults as a limit. */
    public ClientLimit defaults() {
        return new ClientLimit(requestsPerSecond, burst, maxInFlightBytes);
    }
}
