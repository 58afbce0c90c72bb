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
 *                      longest pause of that job after a crash); a live node extends the lock of a
 *                      running job every half of it, so runs may last longer. At least 30 s
 *                      (ShedLock's keep-alive minimum)
 */
@Validated
@ConfigurationProperties("axis.jobs")
public record JobsProperties(@DefaultValue("2m") @DurationMin(seconds = 30) Duration lockAtMostFor) {}
