package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** A route's state comes from Camel's route controller; its throughput from the route policy's counters. */
class RouteStatesTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void givenExchangesCounted_thenStateTotalsAndRatePerMinuteOverTheLastWindow() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Counter total = registry.counter("camel.exchanges.total", "routeId", "a-to-b");
        Counter failed = registry.counter("camel.exchanges.failed", "routeId", "a-to-b");
        AtomicLong clock = new AtomicLong(0);
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").routeId("a-to-b").log("a");
                    from("direct:c").routeId("c-to-d").autoStartup(false).log("c");
                }
            });
            camel.start();
            RouteStates states = new RouteStates(camel, registry, clock::get);

            total.increment(30);
            failed.increment(2);
            clock.set(60 * SECOND);
            RouteStates.RouteState a = states.all().get(0);
            assertThat(a).isEqualTo(new RouteStates.RouteState("a-to-b", "Started", 30, 2, 30.0));
            assertThat(states.all().get(1)).isEqualTo(new RouteStates.RouteState("c-to-d", "Stopped", 0, 0, 0.0));

            total.increment(10);
            clock.set(90 * SECOND);
            assertThat(states.all().get(0).perMinute()).as("10 in the 30 s since the last look").isEqualTo(20.0);
            clock.set(95 * SECOND);
            assertThat(states.all().get(0).perMinute()).as("a window shorter than 10 s keeps the previous start")
                    .isEqualTo(10 / (35 / 60.0));

            camel.getRouteController().stopRoute("a-to-b");
            assertThat(states.all().get(0).started()).isFalse();
        }
    }
}
