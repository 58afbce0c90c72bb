package vn.lienthong.axis.federation.vxp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import vn.lienthong.axis.jobs.DaemonThreads;

/**
 * Closes a response body that has made no progress for {@code idle}. The HTTP client's request timeout
 * ends when the response headers arrive; without this, a remote axis that stalls in the middle of a
 * large answer would block the poller for good. Closing the body makes the blocked read throw.
 */
final class StalledBodyGuard extends FilterInputStream {
    private static final ScheduledExecutorService TIMER = DaemonThreads.scheduled("vxp-stalled-body-guard");
    private final Duration idle;
    private final ScheduledFuture<?> check;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    private StalledBodyGuard(InputStream in, Duration idle) {
        super(in);
        this.idle = idle;
        long period = Math.max(50, idle.toMillis() / 4);
        this.check = TIMER.scheduleWithFixedDelay(this::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
    }

    /** {@code body}, closed by the guard when no byte has arrived for {@code idle}. */
    static InputStream guard(InputStream body, Duration idle) {
        return new StalledBodyGuard(body, idle);
    }

    private void closeIfStalled() {
        if (System.nanoTime() - lastProgress > idle.toNanos()) {
            stalled = true;
            check.cancel(false);
            try {
                in.close();
            } catch (IOException ignored) {
                // the blocked reader sees the failure
            }
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            lastProgress = System.nanoTime();
            return b;
        } catch (IOException e) {
            throw stalled ? stalled(e) : e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            lastProgress = System.nanoTime();
            return n;
        } catch (IOException e) {
            throw stalled ? stalled(e) : e;
        }
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }

    private IOException stalled(IOException cause) {
        return new IOException("no data received for " + idle.toMillis() + " ms", cause);
    }
}
