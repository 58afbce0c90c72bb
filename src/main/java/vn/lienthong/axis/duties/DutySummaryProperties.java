package vn.lienthong.axis.duties;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The daily duty summary ({@code axis.duties.summary.*}; docs/duties.md).
 *
 * @param webhookUrl   where the summary is POSTed as JSON; unset: no summary is sent
 * @param webhookToken sent as {@code Authorization: Bearer} when set
 * @param at           local time (calendar zone) after which the day's summary is sent
 * @param window       the summary covers copies that became available this far back
 * @param checkPeriod  how often a node checks whether the day's summary is due
 * @param timeout      connect and answer timeout of the webhook call
 * @param maxItems     open and late items listed (the counts are always complete)
 */
@Validated
@ConfigurationProperties("axis.duties.summary")
public record DutySummaryProperties(URI webhookUrl, String webhookToken,
                                    @DefaultValue("17:30") @NotNull LocalTime at,
                                    @DefaultValue("7d") @NotNull @DurationMin(millis = 1) Duration window,
                                    @DefaultValue("5m") @NotNull @DurationMin(millis = 1) Duration checkPeriod,
                                    @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration timeout,
                                    @DefaultValue("100") @Positive int maxItems) {

    public DutySummaryProperties {
        if (webhookUrl != null && !(webhookUrl.isAbsolute() && webhookUrl.getHost() != null
                && webhookUrl.getScheme().matches("(?i)https?"))) {
            throw new IllegalArgumentException("axis.duties.summary.webhook-url must be an absolute http(s) URL, not "
                    + webhookUrl);
        }
    }

    public boolean enabled() {
        return webhookUrl != null;
    }
}
