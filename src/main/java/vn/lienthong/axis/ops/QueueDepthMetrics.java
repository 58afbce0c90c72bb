package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;

/**
 * {@code axis_queue_depth{queue}}: messages in the axis queues of the embedded broker; NaN with an external broker,
 * whose own metrics ({@code artemis_message_count}) give its depths. The gauges hold this bean, not a throwaway
 * object: Micrometer keeps a gauge's object only weakly, and a collected one reads NaN.
 */
@Component
public class QueueDepthMetrics {
    private final ObjectProvider<EmbeddedActiveMQ> broker;
    private final List<String> queues;

    @Autowired
    public QueueDepthMetrics(MeterRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker, AxisProperties props) {
        this(registry, broker, List.of(props.queues().delivery(), props.broker().deadLetterAddress()));
    }

    QueueDepthMetrics(MeterRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker, List<String> queues) {
        this.broker = broker;
        this.queues = List.copyOf(queues);
        for (String name : queues) {
            Gauge.builder("axis.queue.depth", this, m -> m.depth(name).stream().mapToDouble(d -> d).findFirst()
                            .orElse(Double.NaN))
                    .tag("queue", name).strongReference(true)
                    .description("Messages in the queue (embedded broker)").register(registry);
        }
    }

    /** Whether this node runs the broker, so that it can count the queues itself. */
    public boolean embedded() {
        return server() != null;
    }

    /** The axis queues' depths; empty values with an external broker. */
    public Map<String, OptionalLong> depths() {
        Map<String, OptionalLong> m = new LinkedHashMap<>();
        queues.forEach(q -> m.put(q, depth(q)));
        return m;
    }

    /** Messages in the queue of this name (0 when it does not exist yet), or empty with an external broker. */
    public OptionalLong depth(String name) {
        ActiveMQServer server = server();
        if (server == null) {
            return OptionalLong.empty();
        }
        Queue q = server.locateQueue(SimpleString.of(name));
        return OptionalLong.of(q == null ? 0 : q.getMessageCount());
    }

    private ActiveMQServer server() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        return embedded == null ? null : embedded.getActiveMQServer();
    }
}
