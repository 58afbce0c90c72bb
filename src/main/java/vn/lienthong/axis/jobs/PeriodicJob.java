package vn.lienthong.axis.jobs;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * A feature's periodic task on its own daemon thread: runs with a fixed delay between runs; a failure is logged
 * and the task tried again at the next period; the job stops when a run answers {@code false} (nothing to do
 * here, e.g. the database is not the one it serves), when closed, or at once when the interval is not positive.
 */
public final class PeriodicJob implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final Logger log;
    private final String failure;

    /** {@code failure} begins the warning logged (with the exception) when a run fails. */
    public PeriodicJob(String threadName, Logger log, String failure) {
        this.timer = DaemonThreads.scheduled(threadName);
        this.log = log;
        this.failure = failure;
    }

    public void start(Duration firstDelay, Duration interval, BooleanSupplier run) {
        if (interval.isZero() || interval.isNegative()) {
            timer.shutdown();
            return;
        }
        timer.scheduleWithFixedDelay(() -> runQuietly(run), firstDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Starts the runs of a task that always has work here, the first at once. */
    public void start(Duration interval, Runnable run) {
        start(Duration.ZERO, interval, () -> {
            run.run();
            return true;
        });
    }

    /** True once the job will not run again. */
    boolean stopped() {
        return timer.isShutdown();
    }

    private void runQuietly(BooleanSupplier run) {
        try {
            if (!run.getAsBoolean()) {
                timer.shutdown();
            }
        } catch (RuntimeException e) {
            log.warn("{}: {}", failure, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
