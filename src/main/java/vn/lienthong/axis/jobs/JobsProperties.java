package vn.lienthong.axis.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Locks of the periodic jobs ({@code axis.jobs}).
 *
 * @param lockAtMostFor how long a job's lock outlives a node that died holding it (and so the
 *                      longest pause of that job after a crash); longer than any run should take
 */
@ConfigurationProperties("axis.jobs")
public record JobsProperties(@DefaultValue("10m") Duration lockAtMostFor) {}
