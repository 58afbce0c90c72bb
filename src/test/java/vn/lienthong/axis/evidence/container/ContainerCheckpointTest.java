package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.evidence.timestamp.TestTimeStampAuthority;
import vn.lienthong.axis.evidence.timestamp.TimeStampAuthority;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;
import vn.lienthong.axis.support.TestDirs;

/** The checkpoint and time-stamp in an evidence container, checked offline (a real TSA over HTTP stamps it). */
class ContainerCheckpointTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DIR = TestDirs.fresh("container-checkpoint");
    static TestTimeStampAuthority tsa;
    static EvidenceSigner axis;

    @BeforeAll
    static void start() {
        tsa = new TestTimeStampAuthority("container");
        axis = EvidenceSigner.fromPkcs12(Path.of("certs-sample/sample-axis-signing.p12"), "sample-password".toCharArray(),
                "", DIR.resolve("scratch"));
    }

    @AfterAll
    static void stop() { tsa.close(); }

    static String receipt(int lane, long seq) {
        return "<DeliveryReceipt><LedgerEntry Lane=\"" + lane + "\" Seq=\"" + seq + "\" EntryHash=\"ab\"></LedgerEntry>"
                + "</DeliveryReceipt>";
    }

    Map<String, byte[]> files(long headOfLane2, boolean stamp, byte[] stampedInstead) {
        String cp = axis.sign(CheckpointDocument.unsigned("2026-12-06T05:00:00Z", "axis-1", List.of(
                new CheckpointDocument.Head(1, 4, "a".repeat(64)), new CheckpointDocument.Head(2, headOfLane2, "b".repeat(64)))));
        Map<String, byte[]> files = new HashMap<>();
        files.put("receipts/acceptance.xml", receipt(1, 3).getBytes(UTF_8));
        files.put("receipts/delivery-9-x-fetched.xml", receipt(2, 7).getBytes(UTF_8));
        files.put(ContainerCheckpoint.XML, cp.getBytes(UTF_8));
        if (stamp) {
            var client = new TimeStampAuthority(tsa.url(), Duration.ofSeconds(5), "", List.of(tsa.root()));
            files.put(ContainerCheckpoint.TOKEN, client.stamp(stampedInstead != null ? stampedInstead : cp.getBytes(UTF_8))
                    .token());
        }
        return files;
    }

    ObjectNode check(Map<String, byte[]> files, ArrayNode problems) {
        return ContainerCheckpoint.check(files, axis.certificate(), List.of(tsa.root()), DIR.resolve("scratch"), JSON,
                problems);
    }

    @Test
    void givenAStampedCheckpointReachingEveryReceipt_thenValidCoveringAndTrusted() {
        assertThat(ContainerCheckpoint.entries(List.of(receipt(1, 3), receipt(2, 7), receipt(2, 5))))
                .isEqualTo(Map.of(1, 3L, 2, 7L));
        ArrayNode problems = JSON.createArrayNode();
        ObjectNode out = check(files(7, true, null), problems);
        assertThat(problems).isEmpty();
        assertThat(out.path("signature").asText()).isEqualTo("VALID");
        assertThat(out.path("coversReceipts").asBoolean()).isTrue();
        assertThat(out.path("timeStamp").path("trusted").asBoolean()).isTrue();
    }

    @Test
    void givenHeadsShortOfAReceiptOrATokenOverOtherBytes_thenProblems() {
        ArrayNode problems = JSON.createArrayNode();
        assertThat(check(files(6, false, null), problems).path("coversReceipts").asBoolean()).isFalse();
        assertThat(problems.toString()).contains("do not reach every receipt");

        ArrayNode swapped = JSON.createArrayNode();
        check(files(7, true, "another checkpoint".getBytes(UTF_8)), swapped);
        assertThat(swapped.toString()).contains(ContainerCheckpoint.TOKEN, "imprint");
    }

    @Test
    void givenACheckpointNotSignedByTheAxis_thenInvalid() {
        Map<String, byte[]> files = files(7, false, null);
        files.put(ContainerCheckpoint.XML, new String(files.get(ContainerCheckpoint.XML), UTF_8)
                .replace("Seq=\"7\"", "Seq=\"70\"").getBytes(UTF_8));
        ArrayNode problems = JSON.createArrayNode();
        assertThat(check(files, problems).path("signature").asText()).isEqualTo("INVALID");
        assertThat(problems).isNotEmpty();
    }
}
