package vn.lienthong.axis.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Runs a periodic job only if this node gets its lock: at most one node runs a job at a time, and a
 * run starts at least half a period after the previous one began on any node, so timers firing on
 * every node still give one run per period. A node that dies holding a lock delays that job by
 * {@link JobsProperties#lockAtMostFor()} at most.
 */
public class SingletonJobs {
    public static final String OUTBOX_SWEEP = "outbox-sweep";
    public static final String SPOOL_CLEANUP = "spool-cleanup";
    public static final String UPSTREAM_POLL = "upstream-poll";
    public static final String REMOTE_TRACKING = "remote-tracking";
    public static final String DIRECTORY_SYNC = "directory-sync";
    private static final Logger log = LoggerFactory.getLogger(SingletonJobs.class);
    private final LockingTaskExecutor executor;
    private final String nodeId;
    private final Duration lockAtMostFor;
    private final List<JobRunListener> listeners;

    public SingletonJobs(LockingTaskExecutor executor, String nodeId, Duration lockAtMostFor,
                         List<JobRunListener> listeners) {
        this.executor = executor;
        this.nodeId = nodeId;
        this.lockAtMostFor = lockAtMostFor;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs {@code task} if no other node holds the lock of {@code job}; returns its result, or
     * {@code skipped} when another node has it (or ran it less than half a {@code period} ago).
     */
    public <T> T runOnce(String job, Duration period, Supplier<T> task, T skipped) {
        Duration atLeast = period.dividedBy(2).compareTo(lockAtMostFor) < 0 ? period.dividedBy(2) : Duration.ZERO;
        LockConfiguration lock = new LockConfiguration(Instant.now(), job, lockAtMostFor, atLeast);
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(() -> timed(job, task), lock);
            return result.wasExecuted() ? result.getResult() : skipped;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "job " + job + " failed: " + e, null);
        }
    }

    private <T> T timed(String job, Supplier<T> task) {
        Instant start = Instant.now();
        boolean failed = true;
        try {
            T result = task.get();
            failed = false;
            return result;
        } finally {
            Instant end = Instant.now();
            log.debug("Job {} ran on {} in {}", job, nodeId, Duration.between(start, end));
            boolean outcome = failed;
            listeners.forEach(l -> l.ran(job, nodeId, start, end, outcome));
        }
    }

    public String nodeId() {
        return nodeId;
    }
}
