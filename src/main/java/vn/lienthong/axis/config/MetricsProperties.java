package vn.lienthong.axis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may scrape {@code /actuator/prometheus} ({@code axis.metrics.*}).
 *
 * @param scrapeToken a bearer token that grants the metrics and nothing else (env AXIS_METRICS_SCRAPE_TOKEN)
 * @param openScrape  metrics open to anyone (the local profile only); a management port
 *                    ({@code management.server.port}, bound with {@code management.server.address}) is open too
 */
@Validated
@ConfigurationProperties("axis.metrics")
public record MetricsProperties(@DefaultValue("") String scrapeToken, @DefaultValue("false") boolean openScrape) {}
