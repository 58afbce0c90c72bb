package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisMode;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;

/**
 * {@code axis_queue_depth{queue,broker}}: messages in the axis queues, counted in the embedded broker
 * ({@code broker="embedded"}: this node's own queues, which add up across nodes), or read from a standalone
 * broker's management ({@code spring.artemis.mode=native}) every {@link #EXTERNAL_PERIOD}
 * ({@code broker="standalone"}: the queues the nodes share, each node reports the same count); NaN while unknown. The gauges hold this bean, not a throwaway object: Micrometer keeps a gauge's object only weakly,
 * and a collected one reads NaN.
 */
@Component
public class QueueDepthMetrics implements DisposableBean {
    static final Duration EXTERNAL_PERIOD = Duration.ofSeconds(10);
    private final ObjectProvider<EmbeddedActiveMQ> broker;
    private final List<String> queues;
    private final ExternalQueueDepths external;

    @Autowired
    public QueueDepthMetrics(MeterRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker, AxisProperties props,
                             ArtemisProperties artemis) {
        this(registry, broker, List.of(props.queues().delivery(), props.broker().deadLetterAddress()),
                artemis.getMode() == ArtemisMode.NATIVE ? artemis : null, EXTERNAL_PERIOD);
    }

    /** {@code standalone}: the broker to read the depths from, or null (embedded, or none). */
    QueueDepthMetrics(MeterRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker, List<String> queues,
                      ArtemisProperties standalone, Duration period) {
        this.broker = broker;
        this.queues = List.copyOf(queues);
        this.external = standalone == null ? null
                : new ExternalQueueDepths(standalone, queues, period, period.multipliedBy(3).plusSeconds(5));
        String kind = standalone == null ? "embedded" : "standalone";
        for (String name : queues) {
            Gauge.builder("axis.queue.depth", this, m -> m.depth(name).stream().mapToDouble(d -> d).findFirst()
                            .orElse(Double.NaN))
                    .tag("queue", name).tag("broker", kind).strongReference(true)
                    .description("Messages in the queue (NaN while unknown)").register(registry);
        }
    }

    /** The axis queues' depths; empty where unknown. */
    public Map<String, OptionalLong> depths() {
        Map<String, OptionalLong> m = new LinkedHashMap<>();
        queues.forEach(q -> m.put(q, depth(q)));
        return m;
    }

    /**
     * Messages in the queue of this name (0 when the embedded broker has no such queue yet), or empty when
     * unknown: no broker in this node and none to ask, or the standalone broker not answering.
     */
    public OptionalLong depth(String name) {
        ActiveMQServer server = server();
        if (server == null) {
            return external == null ? OptionalLong.empty() : external.depth(name);
        }
        Queue q = server.locateQueue(SimpleString.of(name));
        return OptionalLong.of(q == null ? 0 : q.getMessageCount());
    }

    private ActiveMQServer server() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        return embedded == null ? null : embedded.getActiveMQServer();
    }

    @Override
    public void destroy() {
        if (external != null) {
            external.close();
        }
    }
}
