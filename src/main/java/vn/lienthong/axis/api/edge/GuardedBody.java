package vn.lienthong.axis.api.edge;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.function.LongSupplier;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * A request body that counts every byte it hands out: more than {@code maxBytes} is TOO_LARGE; a body
 * slower than the minimum rate after the grace period, or not complete by the deadline, is
 * REQUEST_TIMEOUT and counted as a slow client. Bytes also count against the client's in-flight limit.
 */
final class GuardedBody extends ServletInputStream {
    /**
     * What the guard measures against, and whom it tells about a slow client: the deadline runs from
     * {@code requestStartNanos} (the request line's first byte); the rate counts only the time spent
     * waiting for the client inside reads, never the server's own work between them.
     */
    record Rules(long maxBytes, long requestStartNanos, long deadlineNanos, long graceNanos, long minBytesPerSecond,
                 Runnable slowClient) {}

    private final Runnable stopReading;

    private final ServletInputStream in;
    private final Rules rules;
    private final LongSupplier nanoClock;
    private long waitedNanos;
    private long count;
    private boolean cutOff;
    private final BodyGuardFilter.BodyAccount account;

    GuardedBody(ServletInputStream in, Rules rules, LongSupplier nanoClock, Runnable stopReading,
                BodyGuardFilter.BodyAccount account) {
        this.account = account;
        this.in = in;
        this.stopReading = stopReading;
        this.rules = rules;
        this.nanoClock = nanoClock;
    }

    @Override
    public int read() throws IOException {
        int b;
        long t0 = nanoClock.getAsLong();
        try {
            b = in.read();
        } catch (SocketTimeoutException e) {
            throw slow("no byte of the request body arrived within the connection timeout");
        } finally {
            waitedNanos += nanoClock.getAsLong() - t0;
        }
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        long t0 = nanoClock.getAsLong();
        try {
            n = in.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw slow("no byte of the request body arrived within the connection timeout");
        } finally {
            waitedNanos += nanoClock.getAsLong() - t0;
        }
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > rules.maxBytes()) { // Tomcat drains at most server.tomcat.max-swallow-size of the rest
            throw new AxisException(AxisErrorCode.TOO_LARGE, "the request body exceeds " + rules.maxBytes()
                    + " bytes (axis.limits.max-package-bytes + axis.edge.envelope-bytes)", "body");
        }
        ClientRateLimiter.BodyBytes bytes = account.bytes;
        if (bytes != null) {
            try {
                bytes.read(n);
            } catch (AxisException e) {
                stopReading.run();
                throw e;
            }
        }
        check();
    }

    private void check() {
        if (nanoClock.getAsLong() - rules.requestStartNanos() > rules.deadlineNanos()) {
            throw slow("the request (headers and body) did not arrive within axis.edge.request-timeout");
        }
        if (waitedNanos > rules.graceNanos()
                && count * 1_000_000_000.0 / waitedNanos < rules.minBytesPerSecond()) {
            throw slow("the request body arrives slower than " + rules.minBytesPerSecond()
                    + " bytes per second (axis.edge.min-body-bytes-per-second)");
        }
    }

    private AxisException slow(String detail) {
        if (!cutOff) {
            cutOff = true;
            rules.slowClient().run();
            stopReading.run();
        }
        return new AxisException(AxisErrorCode.REQUEST_TIMEOUT, detail, "body");
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
