package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code axis_dependency_up{component}}: 1 while a dependency's health indicator is UP, else 0,
 * so that Prometheus can alert on a database or broker outage.
 */
@Component
public class DependencyHealthMetrics implements MeterBinder {
    /** Metric component tag → Spring health contributor name. */
    private static final Map<String, String> COMPONENTS = Map.of("db", "db", "jms", "jms", "disk", "diskSpace");
    private final HealthContributorRegistry health;

    public DependencyHealthMetrics(HealthContributorRegistry health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        COMPONENTS.forEach((component, contributor) ->
                Gauge.builder("axis.dependency.up", () -> up(contributor))
                        .description("1 if the dependency is healthy, 0 if not")
                        .tag("component", component)
                        .register(registry));
    }

    private double up(String contributor) {
        if (health.getContributor(contributor) instanceof HealthIndicator indicator) {
            return Status.UP.equals(indicator.health().getStatus()) ? 1 : 0;
        }
        return 0;
    }
}
