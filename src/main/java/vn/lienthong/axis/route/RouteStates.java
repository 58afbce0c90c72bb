package vn.lienthong.axis.route;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Each Camel route's state (Started, Stopped, Suspended...) from the route controller, and its throughput from
 * the Micrometer route policy's counters ({@code camel.exchanges.total}, {@code camel.exchanges.failed}, ADR 026):
 * exchanges per minute since the previous look, or the one before when that was less than
 * {@value #MIN_WINDOW_SECONDS} s ago (since start the first time), for the operator console's overview.
 */
@Component
public class RouteStates {
    static final long MIN_WINDOW_SECONDS = 10;
    private final CamelContext camel;
    private final MeterRegistry registry;
    private final LongSupplier nanos;
    private final long startedAt;
    private final Map<String, Looks> looks = new ConcurrentHashMap<>();

    @Autowired
    public RouteStates(CamelContext camel, MeterRegistry registry) {
        this(camel, registry, System::nanoTime);
    }

    RouteStates(CamelContext camel, MeterRegistry registry, LongSupplier nanos) {
        this.camel = camel;
        this.registry = registry;
        this.nanos = nanos;
        this.startedAt = nanos.getAsLong();
    }

    /** A route's state and figures; {@code perMinute} is exchanges per minute over the last window. */
    public record RouteState(String id, String status, long exchanges, long failed, double perMinute) {
        public boolean started() {
            return "Started".equals(status);
        }
    }

    private record Sample(long exchanges, long at) {}

    /** The last look ({@code latest}) and the one before it ({@code base}). */
    private record Looks(Sample base, Sample latest) {}

    public List<RouteState> all() {
        long now = nanos.getAsLong();
        return camel.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder())
                .map(id -> state(id, now)).toList();
    }

    private RouteState state(String id, long now) {
        long exchanges = count("camel.exchanges.total", id);
        Sample start = new Sample(0, startedAt);
        Looks l = looks.getOrDefault(id, new Looks(start, start));
        boolean longEnough = now - l.latest().at() >= MIN_WINDOW_SECONDS * 1_000_000_000L;
        Sample before = longEnough ? l.latest() : l.base();
        double minutes = Math.max(now - before.at(), 1) / 60e9;
        double perMinute = Math.max(exchanges - before.exchanges(), 0) / minutes;
        if (longEnough) {
            looks.put(id, new Looks(l.latest(), new Sample(exchanges, now)));
        }
        return new RouteState(id, String.valueOf(camel.getRouteController().getRouteStatus(id)), exchanges,
                count("camel.exchanges.failed", id), perMinute);
    }

    private long count(String meter, String routeId) {
        return (long) Search.in(registry).name(meter).tag("routeId", routeId).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
