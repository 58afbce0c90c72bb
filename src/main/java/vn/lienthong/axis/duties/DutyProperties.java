package vn.lienthong.axis.duties;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Duty metrics ({@code axis.duties.*}).
 *
 * @param metricsWindow  copies that became available this far back are counted in the gauges
 * @param metricsRefresh the gauges are recomputed from the ledger at most this often
 */
@Validated
@ConfigurationProperties("axis.duties")
public record DutyProperties(@DefaultValue("31d") @NotNull @DurationMin(millis = 1) Duration metricsWindow,
                             @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration metricsRefresh) {}
