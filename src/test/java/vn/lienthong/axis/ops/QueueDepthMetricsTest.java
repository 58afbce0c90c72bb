package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * With no embedded broker in the context and no standalone broker to ask, the depths are unknown, not zero; the
 * gauges say which kind of broker they count ({@code broker="embedded"}: per node, the dashboard adds them up).
 */
class QueueDepthMetricsTest {

    @Test
    void givenNoBrokerToCount_thenDepthsAreUnknownAndTheGaugesReadNaN() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        QueueDepthMetrics metrics = new QueueDepthMetrics(registry,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedActiveMQ.class), List.of("axis.delivery", "axis.dead"), null, Duration.ofSeconds(10));

        assertThat(metrics.depths()).containsOnlyKeys("axis.delivery", "axis.dead")
                .allSatisfy((q, depth) -> assertThat(depth).isEqualTo(OptionalLong.empty()));
        assertThat(registry.find("axis.queue.depth").gauges()).hasSize(2)
                .allSatisfy(g -> assertThat(g.value()).isNaN())
                .allSatisfy(g -> assertThat(g.getId().getTag("broker")).isEqualTo("embedded"));
    }
}
