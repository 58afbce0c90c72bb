package vn.lienthong.axis.api.edge;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Lets a filter that refuses a request tell Tomcat not to read the rest of its body. By default
 * Tomcat drains ("swallows") up to {@code server.tomcat.max-swallow-size} of an unread body after the
 * answer, at the client's pace: a refused 300 GB upload or a trickled body would keep the worker.
 * With {@link #stopReading} Tomcat answers and closes the connection instead. It also tells the body
 * guard when the request's first byte arrived ({@link #startNanos}), so that its deadline covers the headers.
 */
public final class StopReadingValve extends ValveBase {
    static final String ATTRIBUTE = StopReadingValve.class.getName();
    private static final String START = ATTRIBUTE + ".start";

    public StopReadingValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        AtomicBoolean stopped = new AtomicBoolean();
        request.setAttribute(START, request.getCoyoteRequest().getStartTimeNanos());
        request.setAttribute(ATTRIBUTE, (Runnable) () -> {
            stopped.set(true);
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        });
        getNext().invoke(request, response);
        if (stopped.get()) {
            // Tomcat marks the request as failed; the refusal already written is the answer, not an error page
            response.getCoyoteResponse().setErrorReported();
        }
    }

    /** {@link System#nanoTime()} when the request line's first byte arrived, or {@code orElse} if unknown. */
    static long startNanos(ServletRequest request, long orElse) {
        return request.getAttribute(START) instanceof Long start && start > 0 ? start : orElse;
    }

    /** Tomcat will not read the rest of this request's body; the connection closes after the answer. */
    public static void stopReading(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Runnable stop) {
            stop.run();
        }
    }
}
