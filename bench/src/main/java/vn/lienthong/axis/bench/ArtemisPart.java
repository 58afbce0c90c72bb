package vn.lienthong.axis.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Persistent Artemis send + receive on an embedded broker with the axis's journal settings. */
final class ArtemisPart {
    private ArtemisPart() {}

    private static Connection createConnection(ActiveMQConnectionFactory cf) throws jakarta.jms.JMSException {
        cf.setBlockOnAcknowledge(true);
        cf.setBlockOnDurableSend(true);
        return cf.createConnection();
    }

    static Map<String, Object> measure(Path dir, int messages, int bytesEach) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(true);
        config.setSecurityEnabled(false);
        config.setJournalDatasync(true);
        config.setJournalBufferTimeout_NIO(1_000_000); // the axis's default axis.broker.journal-buffer-timeout
        config.setJournalDirectory(dir.resolve("artemis-part/journal").toString());
        config.setBindingsDirectory(dir.resolve("artemis-part/bindings").toString());
        config.setPagingDirectory(dir.resolve("artemis-part/paging").toString());
        config.setLargeMessagesDirectory(dir.resolve("artemis-part/large").toString());
        config.addAcceptorConfiguration("in-vm", "vm://7");
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("vm://7");
             Connection connection = createConnection(cf)) {
            connection.start();
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            Queue queue = session.createQueue("bench.part");
            MessageProducer producer = session.createProducer(queue);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            MessageConsumer consumer = session.createConsumer(queue);
            byte[] payload = new byte[bytesEach];
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(payload);
                producer.send(m);
            }
            for (int i = 0; i < messages; i++) {
                var m = consumer.receive(10_000);
                if (m == null) {
                    throw new BenchFailure("artemis part: message " + i + " of " + messages + " never arrived");
                }
                m.acknowledge();
            }
            long nanos = System.nanoTime() - start;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("messages", messages);
            r.put("bytesEach", bytesEach);
            r.put("sendReceivePerSecond", Rate.round(Rate.perSecond(messages, nanos)));
            return r;
        } finally {
            broker.stop();
        }
    }
}
