package vn.lienthong.axis.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** A feature's own background thread: one, named, a daemon (it never keeps the process alive on shutdown). */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
