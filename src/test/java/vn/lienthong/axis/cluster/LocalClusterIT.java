package vn.lienthong.axis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.LocalCluster;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/**
 * The production shape from {@code bin/local-cluster}: two axis nodes on PostgreSQL with a standalone
 * Artemis live/backup pair. DMS senders push distinct signed packages through both nodes to two local
 * pull recipients while the live broker is SIGKILLed (the backup takes over, the old live returns as
 * backup) and a node is SIGKILLed; every recipient's inbox then holds every acknowledged document once.
 */
@RequiresPostgres
class LocalClusterIT {
    private static final Logger log = LoggerFactory.getLogger(LocalClusterIT.class);
    static final String A = "000.00.00.H99";
    static final List<String> RECIPIENTS = List.of("000.00.01.H99", "000.00.02.H99");
    static final int PACKAGES = 240;
    /**
     * Deliveries a dead node or a lost broker leaves QUEUED are published again after 15 s; a job lock held
     * by the SIGKILLed node (ShedLock, ADR 015) is free again after 1 min at most.
     */
    static final String NODE_ARGS = "--axis.delivery.sweep-after=15s --axis.delivery.sweep-period=5s"
            + " --axis.jobs.lock-at-most-for=1m";

    @Test
    void givenLiveBrokerAndNodeSigkilled_whileDmsSendThroughBothNodes_thenEveryInboxHasEachDocumentExactlyOnce()
            throws Exception {
        Path dir = TestDirs.fresh("local-cluster");
        try (LocalCluster cluster = new LocalCluster(dir, NODE_ARGS)) {
            cluster.up();
            JsonNode up = cluster.status();
            assertThat(up.path("broker1").path("role").asText()).isEqualTo("live");
            assertThat(up.path("broker2").path("role").asText()).isEqualTo("backup");
            assertThat(up.path("node1").path("health").asText()).isEqualTo("UP");
            assertThat(up.path("node2").path("health").asText()).isEqualTo("UP");

            Api node1 = new Api(cluster.port("node1"));
            Api node2 = new Api(cluster.port("node2"));
            // registered on one node, used on the other: both share the database
            String tokenA = client(node1, cluster.adminToken(), A);
            List<String> recipientTokens = new ArrayList<>();
            for (String r : RECIPIENTS) {
                recipientTokens.add(client(node2, cluster.adminToken(), r));
            }
            List<byte[]> packages = new ArrayList<>();
            List<String> documentIds = new ArrayList<>();
            for (int i = 0; i < PACKAGES; i++) {
                String id = A + ",2026/12/06," + (7000 + i) + "/UBND-VP";
                documentIds.add(id);
                packages.add(EdxmlSamples.document(A, id, "Gói cụm số " + i, RECIPIENTS.toArray(String[]::new)));
            }

            DmsSenders senders = new DmsSenders(List.of(node1, node2), tokenA, packages, Duration.ofMinutes(4));
            senders.start(4);
            await().atMost(Duration.ofMinutes(3)).until(() -> senders.acknowledgedCount() >= PACKAGES / 4);
            cluster.kill("broker1");
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "live".equals(cluster.status().path("broker2").path("role").asText()));

            await().atMost(Duration.ofMinutes(3)).until(() -> senders.acknowledgedCount() >= PACKAGES / 2);
            cluster.kill("node1");
            cluster.start("broker1");
            JsonNode afterFaults = cluster.status();
            assertThat(afterFaults.path("broker1").path("role").asText()).as("the old live returns").isEqualTo("backup");
            assertThat(afterFaults.path("broker2").path("role").asText()).isEqualTo("live");
            assertThat(afterFaults.path("node1").path("pid").isNull()).isTrue();

            assertThat(senders.awaitAll(Duration.ofMinutes(5))).as("every package acknowledged").isTrue();
            Map<Integer, String> acknowledged = senders.acknowledged();
            assertThat(acknowledged).hasSize(PACKAGES);

            List<Inboxes.Count> counts = new ArrayList<>();
            for (String token : recipientTokens) {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                        .until(() -> Inboxes.count(Inboxes.documentIds(node2, token), documentIds).lost() == 0);
                counts.add(Inboxes.count(Inboxes.documentIds(node2, token), documentIds));
            }
            log.info("cluster run: {} packages, {} attempts ({} failed), inboxes {}", PACKAGES, senders.attempts(),
                    senders.failedAttempts(), counts);
            for (Inboxes.Count c : counts) {
                assertThat(c).as("lost, duplicated, unexpected").isEqualTo(new Inboxes.Count(PACKAGES, 0, 0, 0));
            }
        }
    }

    private static String client(Api api, String adminToken, String agency) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", adminToken, null,
                "{\"name\":\"DMS " + agency + "\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Api.json(r).path("token").asText();
    }
}
