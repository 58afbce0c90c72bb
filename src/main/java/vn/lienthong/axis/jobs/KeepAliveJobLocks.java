package vn.lienthong.axis.jobs;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * ShedLock's keep-alive around the database locks: while a job runs, its lock is extended every half
 * {@code lockAtMostFor}, so a short {@code lockAtMostFor} bounds how long a dead node holds a job up
 * without cutting a long run short. Owns the one thread that extends the locks.
 */
public class KeepAliveJobLocks implements LockProvider, AutoCloseable {
    private final ScheduledExecutorService extender = DaemonThreads.scheduled("job-lock-keep-alive");
    private final LockProvider locks;

    public KeepAliveJobLocks(ExtensibleLockProvider database) {
        this.locks = new KeepAliveLockProvider(database, extender);
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        return locks.lock(configuration);
    }

    /** Stops extending; a lock still held then lapses after its lockAtMostFor, as after a crash. */
    @Override
    public void close() {
        extender.shutdownNow();
    }
}
