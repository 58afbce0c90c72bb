package vn.lienthong.axis.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.axis.config.AxisProperties;

/**
 * ShedLock on the {@code shedlock} table (Flyway V16), database time, locked_by = {@code axis.node-id},
 * kept alive while a job runs ({@link KeepAliveJobLocks}, ADR 015).
 */
@Configuration(proxyBeanMethods = false)
public class JobsConfiguration {

    @Bean
    KeepAliveJobLocks lockProvider(JdbcTemplate jdbc, AxisProperties axis) {
        return new KeepAliveJobLocks(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).withTableName("shedlock").withLockedByValue(axis.nodeId()).usingDbTime()
                .build()));
    }

    @Bean
    SingletonJobs singletonJobs(LockProvider lockProvider, AxisProperties axis,
                                JobsProperties props, ObjectProvider<JobRunListener> listeners) {
        return new SingletonJobs(new DefaultLockingTaskExecutor(lockProvider), axis.nodeId(), props.lockAtMostFor(),
                listeners.orderedStream().toList());
    }

    /** axis_job_runs_seconds{job, outcome}: how often and how long each job ran on this node. */
    @Bean
    JobRunListener jobRunMetrics(MeterRegistry registry) {
        return (job, node, start, end, failed) -> Timer.builder("axis.job.runs").tag("job", job)
                .tag("outcome", failed ? "failed" : "ok").register(registry).record(Duration.between(start, end));
    }
}
