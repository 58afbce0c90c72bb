package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisMode;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import vn.lienthong.axis.support.TcpBroker;

/**
 * With a standalone broker (a real Artemis on a TCP port) the axis queues' depths are read over its core
 * management: the console and {@code axis_queue_depth} show the broker's counts, and "unknown" (not a stale
 * number) once the broker stops answering, and its counts again once it is back. One management connection
 * serves every read; a new one is opened only after a failure.
 */
class ExternalQueueDepthsIT {
    static final String DELIVERY = "axis.delivery";
    static final String DEAD = "axis.dead-letter";

    @Test
    void givenMessagesWaitingOnAStandaloneBroker_thenTheDepthsAreItsCounts_unknownWhileItIsDown_andBackAfter()
            throws Exception {
        TcpBroker broker = TcpBroker.start("queue-depths", true, s -> { });
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        QueueDepthMetrics metrics = null;
        try (ServerLocator locator = ActiveMQClient.createServerLocator(broker.directUrl());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession()) {
            for (String queue : List.of(DELIVERY, DEAD)) {
                session.createQueue(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
            }
            try (ClientProducer producer = session.createProducer(DELIVERY)) {
                for (int i = 0; i < 3; i++) {
                    producer.send(session.createMessage(true).putStringProperty("n", "gói " + i));
                }
            }
            metrics = new QueueDepthMetrics(registry, new StaticListableBeanFactory().getBeanProvider(EmbeddedActiveMQ.class),
                    List.of(DELIVERY, DEAD), standalone(broker.url()), Duration.ofMillis(200));
            QueueDepthMetrics depths = metrics;

            await().atMost(Duration.ofSeconds(20)).until(() -> depths.depth(DELIVERY).equals(OptionalLong.of(3)));
            assertThat(depths.depth(DEAD)).isEqualTo(OptionalLong.of(0));
            assertThat(registry.get("axis.queue.depth").tag("queue", DELIVERY).tag("broker", "standalone").gauge()
                    .value()).as("shared by the nodes: the dashboard takes it once").isEqualTo(3.0);
            long connections = broker.connectionsAccepted();

            session.start();
            try (ClientConsumer consumer = session.createConsumer(DELIVERY)) {
                consumer.receive(5_000).acknowledge();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> depths.depth(DELIVERY).equals(OptionalLong.of(2)));
            assertThat(broker.connectionsAccepted()).as("refreshes since, on the management connection already open")
                    .isEqualTo(connections);
        }
        broker.close();
        QueueDepthMetrics depths = metrics;
        await().atMost(Duration.ofSeconds(30)).until(() -> depths.depth(DELIVERY).isEmpty());
        assertThat(registry.get("axis.queue.depth").tag("queue", DELIVERY).gauge().value()).isNaN();

        broker.restart();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> depths.depth(DELIVERY).equals(OptionalLong.of(2)));
            metrics.destroy();
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.connectionCount() == 0);
        } finally {
            broker.close();
        }
    }

    static ArtemisProperties standalone(String url) {
        ArtemisProperties artemis = new ArtemisProperties();
        artemis.setMode(ArtemisMode.NATIVE);
        artemis.setBrokerUrl(url);
        artemis.setUser("axis");
        artemis.setPassword("secret");
        return artemis;
    }
}
