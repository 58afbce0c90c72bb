package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.Ledger;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.Outbox;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * Copies whose queue message is gone or stale (issue 11 §2): a pull batch on the dead-letter queue,
 * a RETRYING copy left behind by a dead node, and a stale message of an older generation. Publishing
 * after commit is off, so each test decides which messages exist; the timer sweep is stopped while
 * a test runs and the test calls the sweep itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeliveryRecoveryIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("delivery-recovery");
    static final String SWEEP_ROUTE = "housekeeping-timer-to-outbox-sweep";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.delivery.publish-after-commit", () -> false);
        r.add("axis.delivery.sweep-after", () -> "1s");
        r.add("axis.delivery.retry-sweep-after", () -> "3s");
        r.add("axis.delivery.push-timeout", () -> "1s");
        r.add("axis.broker.max-redelivery-delay", () -> "1s");
    }

    @Autowired Ledger ledger;
    @Autowired LedgerRepository repo;
    @Autowired Outbox outbox;
    @Autowired JmsTemplate jms;
    @Autowired CamelContext camel;

    @BeforeEach
    void stopTimerSweep() throws Exception {
        camel.getRouteController().stopRoute(SWEEP_ROUTE);
    }

    @AfterEach
    void startTimerSweep() throws Exception {
        camel.getRouteController().startRoute(SWEEP_ROUTE);
    }

    @Test
    void givenAPullBatchWhoseAttemptsAreExhausted_thenEveryCopyInItIsMarkedDead() throws Exception {
        String axisId = accept("Lô hết lượt", B, D);
        List<Long> ids = ids(axisId);
        assertThat(ids).hasSize(2);
        // new local pull copies are AVAILABLE from acceptance (ADR 020); pull copies travel in a batch message only
        // when an operator requeues them: back to QUEUED with a new generation, as the requeue leaves them
        ids.forEach(id -> assertThat(repo.requeue(id, List.of(DeliveryState.AVAILABLE))).isTrue());

        // what the broker moves to the dead-letter address after max-delivery-attempts: the batch message
        jms.convertAndSend("axis.dead-letter", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));

        await().atMost(WAIT).until(() -> "DEAD".equals(deliveryState(axisId, B)) && "DEAD".equals(deliveryState(axisId, D)));
        assertThat(jdbc.sql("select count(*) from event where axis_id = ? and type = 'delivery-dead'").param(axisId)
                .query(Long.class).single()).isEqualTo(2);
        await().atMost(WAIT).until(() -> queue("axis.dead-letter").getMessageCount() == 0);
    }

    @Test
    void givenARetryingCopyLeftByADeadNode_thenTheSweepQueuesItAgainAfterTheThresholdAndItIsPushedOnce()
            throws Exception {
        int pushesBefore = ENDPOINT.hits("/c").size();
        String axisId = accept("Nút chết giữa chừng", C);
        long id = ids(axisId).get(0);
        // node 1 tried once, recorded the failure and died with the redelivery in its journal
        assertThat(repo.recordFailedAttempt(id, "attempt 1: node1 died")).isTrue();
        assertThat(deliveryState(axisId, C)).isEqualTo("RETRYING");

        // younger than retry-sweep-after: its message may still be waiting out the backoff
        outbox.sweep();
        assertThat(deliveryState(axisId, C)).isEqualTo("RETRYING");
        assertThat(republished(axisId)).isZero();

        await().atMost(WAIT).until(() -> outbox.sweep() >= 0 && republished(axisId) == 1);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));
        assertThat(ENDPOINT.hits("/c").size()).isEqualTo(pushesBefore + 1);
        assertThat(generation(id)).isEqualTo(1);
        assertThat(jdbc.sql("select detail from event where delivery_id = ? and type = 'republished'").param(id)
                .query(String.class).single()).contains("generation 1");

        outbox.sweep();
        assertThat(republished(axisId)).as("a delivered copy is not swept again").isEqualTo(1);
    }

    @Test
    void givenAStaleMessageOfAnOlderGeneration_thenItIsSkippedAndTheCurrentOneDeliversOnce() throws Exception {
        int pushesBefore = ENDPOINT.hits("/c").size();
        String axisId = accept("Tin cũ quay lại", C);
        long id = ids(axisId).get(0);
        assertThat(repo.requeue(id, List.of(vn.lienthong.axis.ledger.DeliveryState.QUEUED))).isTrue();
        long consumedBefore = queue("axis.delivery").getMessagesAcknowledged();

        // the generation-0 message a dead node's journal gives back after the copy was queued again
        jms.convertAndSend("axis.delivery", Long.toString(id), m -> {
            m.setStringProperty("_AMQ_DUPL_ID", "delivery-" + id + "-0");
            m.setIntProperty("AxisGeneration", 0);
            return m;
        });
        await().atMost(WAIT).until(() -> queue("axis.delivery").getMessagesAcknowledged() > consumedBefore);
        assertThat(deliveryState(axisId, C)).isEqualTo("QUEUED");
        assertThat(ENDPOINT.hits("/c").size()).isEqualTo(pushesBefore);

        await().atMost(WAIT).until(() -> outbox.sweep() >= 0 && "DELIVERED".equals(deliveryState(axisId, C)));
        assertThat(ENDPOINT.hits("/c").size()).isEqualTo(pushesBefore + 1);
    }

    private String accept(String subject, String... to) throws Exception {
        byte[] bytes = EdxmlSamples.document(A, newDocumentId(A), subject, to);
        Path spool = Files.createDirectories(DATA.resolve("spool")).resolve(java.util.UUID.randomUUID() + ".part");
        Files.write(spool, bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        PackageFacts facts = PackageFacts.document(A, List.of(to), "recovery-" + sha.substring(0, 12), 0, null,
                subject, sha, bytes.length, null);
        return ledger.accept(facts, spool, null, "test").axisId();
    }

    private List<Long> ids(String axisId) {
        return jdbc.sql("select id from delivery where axis_id = ? order by id").param(axisId).query(Long.class).list();
    }

    private long republished(String axisId) {
        return jdbc.sql("select count(*) from event where axis_id = ? and type = 'republished'").param(axisId)
                .query(Long.class).single();
    }

    private int generation(long id) {
        return jdbc.sql("select generation from delivery where id = ?").param(id).query(Integer.class).single();
    }

    private Queue queue(String name) {
        return broker.getActiveMQServer().locateQueue(SimpleString.of(name));
    }
}
