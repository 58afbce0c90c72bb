package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;

/** {@code axis_queue_depth{queue}}: messages in the axis queues of the embedded broker (absent with an external broker). */
@Component
public class QueueDepthMetrics {

    public QueueDepthMetrics(MeterRegistry registry, ObjectProvider<EmbeddedActiveMQ> broker, AxisProperties props) {
        for (String name : List.of(props.queues().delivery(), props.broker().deadLetterAddress())) {
            Gauge.builder("axis.queue.depth", broker, b -> depth(b, name)).tag("queue", name)
                    .description("Messages in the queue (embedded broker)").register(registry);
        }
    }

    private static double depth(ObjectProvider<EmbeddedActiveMQ> broker, String name) {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded == null || embedded.getActiveMQServer() == null) {
            return Double.NaN;
        }
        Queue q = embedded.getActiveMQServer().locateQueue(SimpleString.of(name));
        return q == null ? 0 : q.getMessageCount();
    }
}
