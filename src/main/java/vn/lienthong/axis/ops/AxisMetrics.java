package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PipelineMetrics;

/**
 * The pipeline's Prometheus series: {@code axis_packages_received_total{api,kind,outcome,code}},
 * {@code axis_deliveries_total{route,state}}, {@code axis_delivery_latency_seconds} (accepted →
 * available/delivered, histogram), {@code axis_deliveries_dead} (gauge, from the ledger).
 */
@Component
public class AxisMetrics implements PipelineMetrics {
    private final MeterRegistry registry;

    public AxisMetrics(MeterRegistry registry, LedgerRepository ledger) {
        this.registry = registry;
        Gauge.builder("axis.deliveries.dead", ledger, l -> safeCount(l, DeliveryState.DEAD))
                .description("Deliveries whose attempts are exhausted, waiting for an operator").register(registry);
        Gauge.builder("axis.deliveries.retrying", ledger, l -> safeCount(l, DeliveryState.RETRYING))
                .description("Deliveries between failed push attempts").register(registry);
    }

    @Override
    public void packageReceived(String api, String kind, String outcome, String code) {
        Counter.builder("axis.packages.received").description("Packages submitted, by edge, kind, outcome and error code")
                .tags("api", api, "kind", kind, "outcome", outcome, "code", code == null ? "" : code)
                .register(registry).increment();
    }

    @Override
    public void deliveryState(DeliveryRoute route, DeliveryState state) {
        Counter.builder("axis.deliveries").description("Delivery state changes, by route and new state")
                .tags("route", route.wireName(), "state", state.wireName()).register(registry).increment();
    }

    @Override
    public void deliveryLatency(DeliveryRoute route, Duration acceptedToDone) {
        Timer.builder("axis.delivery.latency").description("From acceptance to available (pull) or delivered (push)")
                .tags("route", route.wireName()).publishPercentileHistogram()
                .register(registry).record(acceptedToDone);
    }

    @Override
    public void verification(String outcome, Duration took) {
        Timer.builder("axis.verify").description("Parsing and verifying a package at intake (signature, trust, PDFs)")
                .tags("outcome", outcome).publishPercentileHistogram().register(registry).record(took);
    }

    private static double safeCount(LedgerRepository ledger, DeliveryState state) {
        try {
            return ledger.countByState(state);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
