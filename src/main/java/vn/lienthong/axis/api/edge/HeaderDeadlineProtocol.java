package vn.lienthong.axis.api.edge;

import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO connector with a deadline for the request line and headers as a whole. Tomcat's
 * own timeout is per read, so a client trickling header bytes holds its connection for as long as it
 * likes (slowloris). Once a second, on Tomcat's utility executor (where Tomcat checks async timeouts),
 * every connection waiting for the rest of a request line or headers whose first byte came more than
 * {@code headerTimeout} ago is closed the way Tomcat closes a connection whose read timed out.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {
    private volatile long headerTimeoutNanos = TimeUnit.SECONDS.toNanos(10);
    private volatile Runnable onLateHeaders = () -> {};
    private ScheduledFuture<?> watchdog;

    /** The longest the request line and headers of one request may take to arrive, from their first byte. */
    public void setHeaderTimeoutMillis(long millis) {
        headerTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Told once per connection cut off (the slow-clients metric). */
    public void setOnLateHeaders(Runnable onLateHeaders) {
        this.onLateHeaders = onLateHeaders;
    }

    @Override
    public void start() throws Exception {
        super.start();
        watchdog = getUtilityExecutor().scheduleWithFixedDelay(this::closeLateHeaders, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        super.stop();
    }

    /**
     * A connection keeps its HTTP/1.1 processor between reads only while its request is incomplete, async,
     * or being sent by sendfile; one being served right now has none (and is checked next round).
     */
    void closeLateHeaders() {
        long now = System.nanoTime();
        for (SocketWrapperBase<NioChannel> wrapper : getEndpoint().getConnections()) {
            if (wrapper.getCurrentProcessor() instanceof Http11Processor processor && !processor.isAsync()
                    && !processor.isUpgrade() && late(processor.getRequest(), now)) {
                close(wrapper);
            }
        }
    }

    private boolean late(Request request, long now) {
        long start = request.getStartTimeNanos(); // set by the first byte of the request line, -1 before
        return start > 0 && now - start > headerTimeoutNanos && !request.getResponse().isCommitted();
    }

    private void close(SocketWrapperBase<NioChannel> wrapper) {
        if (wrapper.isClosed() || alreadyFailed(wrapper)) {
            return; // being closed already, perhaps by the previous round
        }
        getLog().debug("Closing a connection whose request headers did not arrive within the header timeout");
        onLateHeaders.run();
        wrapper.setError(new SocketTimeoutException("request headers too slow"));
        if (!getEndpoint().processSocket(wrapper, SocketEvent.ERROR, true)) {
            wrapper.close();
        }
    }

    private static boolean alreadyFailed(SocketWrapperBase<?> wrapper) {
        try {
            wrapper.checkError();
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
