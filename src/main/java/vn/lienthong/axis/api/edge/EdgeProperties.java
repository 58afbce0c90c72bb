package vn.lienthong.axis.api.edge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Request-body guards of the HTTP edges ({@code axis.edge.*}); connection and keep-alive timeouts
 * are Tomcat's ({@code server.tomcat.connection-timeout}, {@code server.tomcat.keep-alive-timeout}).
 *
 * @param envelopeBytes         what a request body may carry besides the package (multipart part headers,
 *                              SOAP envelope): a body is capped at {@code axis.limits.max-package-bytes} + this
 * @param headerTimeout         the longest the request line and headers may take to arrive, from their first
 *                              byte (Tomcat's {@code connection-timeout} is per read); the connection is closed
 * @param requestTimeout        the longest a whole request (headers and body) may take to arrive, whatever its rate
 * @param minBodyBytesPerSecond the slowest average body rate accepted once {@code slowBodyGrace} has passed,
 *                              over the time the server waited for the client (not its own work between reads)
 * @param slowBodyGrace         how long the server may wait for a body arriving below the minimum rate
 */
@Validated
@ConfigurationProperties("axis.edge")
public record EdgeProperties(@DefaultValue("1048576") @Positive long envelopeBytes,
                             @DefaultValue("10s") @DurationMin(millis = 1) Duration headerTimeout,
                             @DefaultValue("30m") @DurationMin(millis = 1) Duration requestTimeout,
                             @DefaultValue("1024") @PositiveOrZero long minBodyBytesPerSecond,
                             @DefaultValue("10s") @DurationMin(millis = 0) Duration slowBodyGrace) {}
