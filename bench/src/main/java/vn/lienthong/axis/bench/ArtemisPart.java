package vn.lienthong.axis.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Persistent Artemis send + receive on an embedded broker with the axis's journal settings: 8
 * producers send (blocking durable sends), then 8 consumers receive and acknowledge.
 */
final class ArtemisPart {
    /** As many producers (then consumers) as intake has senders: their durable sends share journal syncs. */
    static final int CLIENTS = 8;
    private static final String QUEUE = "bench.part";

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
            int each = messages / CLIENTS;
            long start = System.nanoTime();
            inParallel(() -> {
                send(connection, each, bytesEach);
                return null;
            });
            inParallel(() -> {
                receive(connection, each);
                return null;
            });
            long nanos = System.nanoTime() - start;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("messages", each * CLIENTS);
            r.put("bytesEach", bytesEach);
            r.put("clients", CLIENTS);
            r.put("sendReceivePerSecond", Rate.round(Rate.perSecond((long) each * CLIENTS, nanos)));
            return r;
        } finally {
            broker.stop();
        }
    }

    private static void send(Connection connection, int count, int bytesEach) throws Exception {
        Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        byte[] payload = new byte[bytesEach];
        for (int i = 0; i < count; i++) {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(payload);
            producer.send(m);
        }
        session.close();
    }

    private static void receive(Connection connection, int count) throws Exception {
        Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
        for (int i = 0; i < count; i++) {
            var m = consumer.receive(10_000);
            if (m == null) {
                throw new BenchFailure("artemis part: a consumer got " + i + " of " + count + " messages");
            }
            m.acknowledge();
        }
        session.close();
    }

    private static void inParallel(Callable<?> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                done.add(pool.submit(task));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
