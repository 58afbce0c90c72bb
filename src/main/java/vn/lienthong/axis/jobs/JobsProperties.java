package vn.lienthong.axis.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Locks of the periodic jobs ({@code axis.jobs}).
 *
 * @param lockAtMostFor how long a job's lock outlives a node that died holding it (and so the
 *                      longest pause of that job after a crash); longer than any run should take
 */
@Validated
@ConfigurationProperties("axis.jobs")
public record JobsProperties(@DefaultValue("10m") @DurationMin(millis = 1) Duration lockAtMostFor) {}
