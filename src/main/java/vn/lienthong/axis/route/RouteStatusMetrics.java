package vn.lienthong.axis.route;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * {@code axis_route_up{routeId}}: 1 while a route that should run (auto-started) is started, 0 once it
 * stopped or was suspended — the signal of the AxisRouteStopped alert. Routes switched off by
 * configuration (the upstream routes without {@code axis.upstream.enabled}) get no gauge. Camel's own
 * route policy adds {@code camel_exchanges_*} and {@code camel_route_policy_seconds} by {@code routeId}.
 */
@Component
public class RouteStatusMetrics implements CamelContextConfiguration {
    private final MeterRegistry registry;

    public RouteStatusMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        // the routes are known only once the context has started
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        for (Route route : context.getRoutes()) {
            if (Boolean.FALSE.equals(route.isAutoStartup())) {
                continue;
            }
            String id = route.getRouteId();
            Gauge.builder("axis.route.up", context, c -> up(c, id))
                    .description("1 while the route is started, 0 when it stopped").tag("routeId", id)
                    .register(registry);
        }
    }

    private static double up(CamelContext context, String routeId) {
        var status = context.getRouteController().getRouteStatus(routeId);
        return status != null && status.isStarted() ? 1 : 0;
    }
}
