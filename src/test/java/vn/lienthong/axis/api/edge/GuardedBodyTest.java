package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The body guard on a clock the test moves: size cap, minimum rate after the grace, whole-request deadline. */
class GuardedBodyTest {
    static final long SECOND = 1_000_000_000L;
    final AtomicLong now = new AtomicLong();
    final AtomicInteger slow = new AtomicInteger();
    final AtomicInteger stopped = new AtomicInteger();
    /** How long each next read waits for the client (the clock moves on inside the read). */
    final Deque<Long> waits = new ArrayDeque<>();

    GuardedBody body(byte[] bytes, long maxBytes) {
        return body(bytes, maxBytes, 0);
    }

    GuardedBody body(byte[] bytes, long maxBytes, long requestStart) {
        var rules = new GuardedBody.Rules(maxBytes, requestStart, 60 * SECOND, 10 * SECOND, 1024, slow::incrementAndGet);
        return new GuardedBody(servlet(new ByteArrayInputStream(bytes), () -> now.addAndGet(
                waits.isEmpty() ? 0 : waits.poll())), rules, now::get, stopped::incrementAndGet,
                new BodyGuardFilter.BodyAccount());
    }

    @Test
    void givenMoreBytesThanTheCap_thenTooLargeWhileReading() {
        GuardedBody b = body(new byte[5000], 4096);
        assertThatThrownBy(() -> b.readAllBytes()).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).code()).isEqualTo(AxisErrorCode.TOO_LARGE);
        assertThat(slow).hasValue(0);
    }

    @Test
    void givenASlowStartWithinTheGrace_thenTheBodyIsRead() throws Exception {
        GuardedBody b = body(new byte[20_000], 1 << 20);
        waits.add(9 * SECOND);
        assertThat(b.read(new byte[10], 0, 10)).isEqualTo(10);
        waits.add(2 * SECOND);
        assertThat(b.read(new byte[20_000], 0, 20_000)).isEqualTo(19_990); // 20,000 bytes in 11 s: fast enough
    }

    @Test
    void givenATrickleAfterTheGrace_thenCutOffCountedOnceAndNotDrained() throws Exception {
        GuardedBody b = body(new byte[100], 1 << 20);
        assertThat(b.read()).isNotNegative();
        waits.add(15 * SECOND); // one more byte after 15 s
        assertThatThrownBy(b::read).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).code()).isEqualTo(AxisErrorCode.REQUEST_TIMEOUT);
        assertThatThrownBy(b::read).isInstanceOf(AxisException.class);
        assertThat(slow).hasValue(1);
        assertThat(stopped.get()).isPositive();
    }

    @Test
    void givenTheServerBusyBetweenReads_thenItsTimeIsNotTheClients() throws Exception {
        GuardedBody b = body(new byte[1000], 1 << 20);
        assertThat(b.read(new byte[300], 0, 300)).isEqualTo(300);
        now.set(30 * SECOND); // authentication, parsing, a loaded machine: 300 bytes in 30 s of wall time
        assertThat(b.read(new byte[700], 0, 700)).isEqualTo(700);
        assertThat(slow).hasValue(0);
    }

    @Test
    void givenAFastBodyPastTheDeadline_thenCutOff() {
        GuardedBody b = body(new byte[1 << 20], 1 << 21);
        now.set(61 * SECOND);
        assertThatThrownBy(() -> b.read(new byte[10], 0, 10)).isInstanceOf(AxisException.class)
                .hasMessageContaining("axis.edge.request-timeout");
    }

    @Test
    void givenHeadersThatTookMostOfTheDeadline_thenTheBodyHasOnlyTheRestOfIt() throws Exception {
        GuardedBody b = body(new byte[1 << 20], 1 << 21, -50 * SECOND); // the request line came 50 s ago
        assertThat(b.read(new byte[10], 0, 10)).isEqualTo(10);
        now.set(11 * SECOND);
        assertThatThrownBy(() -> b.read(new byte[10], 0, 10)).isInstanceOf(AxisException.class)
                .hasMessageContaining("axis.edge.request-timeout");
        assertThat(slow).hasValue(1);
    }

    static ServletInputStream servlet(InputStream in, Runnable waitForTheClient) {
        return new ServletInputStream() {
            @Override
            public int read() throws java.io.IOException {
                waitForTheClient.run();
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                waitForTheClient.run();
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                // blocking only
            }
        };
    }
}
