package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.ledger.Ledger;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.ledger.Receipt;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * REL-06 without the kill: publishing after commit is switched off, so every queued delivery is left
 * QUEUED with no queue message, exactly as after a crash between the ledger commit and the publish.
 * The recovery sweep must publish it, and it must be delivered once. A local pull copy never waits for
 * the queue: it is AVAILABLE in the acceptance transaction itself (ADR 020), so the crash window does not
 * exist for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutboxRecoveryIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("recovery");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.delivery.publish-after-commit", () -> false);
        r.add("axis.delivery.sweep-after", () -> "2s");
        r.add("axis.delivery.sweep-period", () -> "500ms");
    }

    @Autowired Ledger ledger;

    @Test
    void givenCommittedDeliveriesWithoutMessages_thenTheSweepPublishesThemAndEachIsDeliveredOnce() throws Exception {
        long messagesBefore = messagesAdded();
        int pushesBefore = ENDPOINT.hits("/c").size();
        byte[] bytes = EdxmlSamples.document(A, newDocumentId(A), "Sau sự cố", B, C);
        Path spool = Files.createDirectories(DATA.resolve("spool")).resolve("crash-window.part");
        Files.write(spool, bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        PackageFacts facts = PackageFacts.document(A, java.util.List.of(B, C), "crash-window-" + sha.substring(0, 8),
                0, null, "Sau sự cố", sha, bytes.length, null);

        Receipt receipt = ledger.accept(facts, spool, null, "test");
        String axisId = receipt.axisId();
        assertThat(receipt.recipients()).extracting(Receipt.Recipient::state).containsOnly("queued");
        assertThat(deliveryState(axisId, B)).as("local pull, committed with the acceptance").isEqualTo("AVAILABLE");
        assertThat(deliveryState(axisId, C)).isEqualTo("QUEUED");
        assertThat(messagesAdded()).isEqualTo(messagesBefore);
        assertThat(jdbc.sql("select type from event where axis_id = ? order by id").param(axisId).query(String.class)
                .list()).containsExactly("accepted", "delivery-queued", "delivery-queued", "delivery-available");

        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));
        assertThat(deliveryState(axisId, B)).isEqualTo("AVAILABLE");
        assertThat(messagesAdded()).as("only the push copy went through the queue").isEqualTo(messagesBefore + 1);
        assertThat(ENDPOINT.hits("/c").size()).isEqualTo(pushesBefore + 1);
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).body()).isEqualTo(bytes);
        assertThat(jdbc.sql("select count(*) from event where axis_id = ? and type = 'republished'").param(axisId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event where axis_id = ? and type in ('delivery-available', 'delivered')")
                .param(axisId).query(Long.class).single()).isEqualTo(2);
    }

    private long messagesAdded() {
        return broker.getActiveMQServer().locateQueue(SimpleString.of("axis.delivery")).getMessagesAdded();
    }
}
