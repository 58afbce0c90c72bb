package vn.lienthong.axis.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job's lock is kept alive while the job runs (so a run may last longer than
 * {@code axis.jobs.lock-at-most-for} without a second node starting it), and lapses within
 * lock-at-most-for once its node stops extending it, as when that node dies.
 */
class KeepAliveJobLocksIT {
    static final Duration AT_MOST = Duration.ofSeconds(30); // ShedLock's keep-alive minimum
    static final String JOB = "long-job";

    @Test
    void givenAJobRunningLongerThanLockAtMostFor_thenNoOtherNodeStartsIt_andAfterItsNodeDiesTheLockLapsesWithinTheBound()
            throws Exception {
        JdbcTemplate jdbc = database();
        KeepAliveJobLocks locks1 = locks(jdbc, "node1");
        KeepAliveJobLocks locks2 = locks(jdbc, "node2");
        SingletonJobs node1 = jobs(locks1, "node1");
        SingletonJobs node2 = jobs(locks2, "node2");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> longRun = CompletableFuture.supplyAsync(() -> node1.runOnce(JOB, Duration.ZERO, () -> {
            running.countDown();
            await().atMost(Duration.ofMinutes(3)).until(() -> finish.getCount() == 0);
            return "ran";
        }, "skipped"));
        running.await();
        Instant firstUntil = lockUntil(jdbc);

        // past the first lockAtMostFor the lock has been extended: node2 still may not start the job
        await().atMost(AT_MOST.plusSeconds(15)).until(() -> databaseNow(jdbc).isAfter(firstUntil.plusSeconds(1)));
        assertThat(lockUntil(jdbc)).isAfter(firstUntil);
        assertThat(node2.runOnce(JOB, Duration.ZERO, () -> "ran", "skipped")).isEqualTo("skipped");

        // node1 "dies": nobody extends its lock any more; node2 gets the job within lockAtMostFor
        locks1.close();
        Instant died = Instant.now();
        await().atMost(AT_MOST.plusSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> "ran".equals(node2.runOnce(JOB, Duration.ZERO, () -> "ran", "skipped")));
        assertThat(Duration.between(died, Instant.now())).isLessThanOrEqualTo(AT_MOST.plusSeconds(2));

        finish.countDown();
        assertThat(longRun.get()).isEqualTo("ran");
        locks2.close();
    }

    static JdbcTemplate database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:keep-alive-locks;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute(new ClassPathResource("db/migration/V16__job_locks.sql").getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", ""));
        return jdbc;
    }

    static KeepAliveJobLocks locks(JdbcTemplate jdbc, String node) {
        return new KeepAliveJobLocks(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).withTableName("shedlock").withLockedByValue(node).usingDbTime().build()));
    }

    static SingletonJobs jobs(KeepAliveJobLocks locks, String node) {
        return new SingletonJobs(new DefaultLockingTaskExecutor(locks), node, AT_MOST, List.of());
    }

    static Instant lockUntil(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select lock_until from shedlock where name = ?", Timestamp.class, JOB).toInstant();
    }

    static Instant databaseNow(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select current_timestamp", Timestamp.class).toInstant();
    }
}
