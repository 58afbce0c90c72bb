package vn.lienthong.axis.federation.upstream;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.RouteRule;

/**
 * Kết nối trục quốc gia: whether this node reaches the national axis, as its last calls there found it (the
 * poller's list calls and the forwarder's uploads): {@code OFF} without {@code axis.upstream.enabled},
 * {@code UNKNOWN} before the first call, then {@code CONNECTED} or {@code FAILING} with the last error.
 */
@Component
public class UpstreamConnection {
    public enum State { OFF, UNKNOWN, CONNECTED, FAILING }

    public record Status(State state, OffsetDateTime lastSuccess, OffsetDateTime lastFailure, String lastError) {}

    private final boolean configured;
    private final Clock clock;
    private final AtomicReference<Status> status = new AtomicReference<>();

    public UpstreamConnection(RemoteAxes remotes, Clock clock) {
        this.configured = remotes.client(RouteRule.UPSTREAM).isPresent();
        this.clock = clock;
        status.set(new Status(configured ? State.UNKNOWN : State.OFF, null, null, null));
    }

    /** A call reached the national axis and it answered (even with a refusal of one item). */
    public void reached() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        status.updateAndGet(s -> new Status(State.CONNECTED, now, s.lastFailure(), s.lastError()));
    }

    /** A call did not reach the national axis, or it failed as a whole. */
    public void failed(String error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        status.updateAndGet(s -> new Status(State.FAILING, s.lastSuccess(), now, error));
    }

    public Status status() {
        return configured ? status.get() : new Status(State.OFF, null, null, null);
    }
}
