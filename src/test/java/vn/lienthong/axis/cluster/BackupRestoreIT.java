package vn.lienthong.axis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.LocalCluster;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/**
 * Backup and restore as docs/operations.md describes them, on the cluster from {@code bin/local-cluster}: while
 * DMS senders keep sending through both nodes, the database is dumped ({@code pg_dump -Fc}) and then the blob
 * folder is copied; the cluster is wiped ({@code down --wipe}: database, blobs, broker journal); the dump is
 * restored ({@code pg_restore --create}), the blobs copied back and the cluster started on an empty broker
 * store. Every package acknowledged before the dump began is there with the same bytes and the same trace,
 * fetched copies stay fetched, and the ledger chain verifies on both nodes.
 */
@RequiresPostgres
class BackupRestoreIT {
    private static final Logger log = LoggerFactory.getLogger(BackupRestoreIT.class);
    static final String A = "000.00.00.H99";
    static final String R1 = "000.00.01.H99";
    static final String R2 = "000.00.02.H99";
    static final int BEFORE = 40;
    static final int DURING = 40;

    @Test
    void givenARunningCluster_whenBackedUpWipedAndRestored_thenEveryAcknowledgedPackageAndItsTraceAreIntact()
            throws Exception {
        Path dir = TestDirs.fresh("backup-restore");
        Path backup = TestDirs.fresh("backup-restore-copy");
        try (LocalCluster cluster = new LocalCluster(dir, LocalClusterIT.NODE_ARGS)) {
            cluster.up();
            Api node1 = new Api(cluster.port("node1"));
            Api node2 = new Api(cluster.port("node2"));
            String tokenA = client(node1, cluster, A);
            String tokenR1 = client(node2, cluster, R1);
            String tokenR2 = client(node2, cluster, R2);

            DmsSenders first = new DmsSenders(List.of(node1, node2), tokenA, packages(0, BEFORE), Duration.ofMinutes(3));
            first.start(4);
            assertThat(first.awaitAll(Duration.ofMinutes(4))).as("every package acknowledged").isTrue();
            List<String> axisIds = List.copyOf(first.acknowledged().values());
            await().atMost(Duration.ofMinutes(2)).until(() -> Inboxes.documentIds(node2, tokenR2).size() == BEFORE);
            List<String> fetched = axisIds.subList(0, BEFORE / 2);
            for (String axisId : fetched) {   // R1 fetches and acknowledges half of its copies
                assertThat(node2.getBytes("/api/v1/packages/" + axisId, tokenR1, null).statusCode()).isEqualTo(200);
                HttpResponse<String> ack = node2.postJson("/api/v1/inbox/" + axisId + "/ack", tokenR1, null,
                        "{\"result\":\"done\"}");
                assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
            }
            HttpResponse<String> checkpoint = node1.send(node1.request("/admin/api/v1/ledger/checkpoints",
                    cluster.adminToken(), null).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(checkpoint.statusCode()).as(checkpoint.body()).isEqualTo(200);
            Map<String, String> traces = new HashMap<>();
            Map<String, String> digests = new HashMap<>();
            for (String axisId : axisIds) {   // R2's fetch is in the trace: fetch first
                digests.put(axisId, sha256(node2.getBytes("/api/v1/packages/" + axisId, tokenR2, null).body()));
                traces.put(axisId, node1.get("/api/v1/packages/" + axisId + "/trace", tokenA, null).body());
            }

            // the backup, while DMS senders keep sending: the database first, then the blobs
            DmsSenders during = new DmsSenders(List.of(node1, node2), tokenA, packages(BEFORE, DURING),
                    Duration.ofMinutes(3));
            during.start(2);
            await().atMost(Duration.ofMinutes(2)).until(() -> during.acknowledgedCount() >= DURING / 4);
            Map<Integer, String> acknowledgedBeforeDump = during.acknowledged();
            run("pg_dump", "-Fc", "-h", pgHost(), "-p", pgPort(), "-U", Postgres.USER, "-f",
                    backup.resolve("axis.dump").toString(), cluster.database());
            run("rsync", "-a", dir.resolve("blobs") + "/", backup.resolve("blobs") + "/");
            assertThat(during.awaitAll(Duration.ofMinutes(4))).isTrue();

            cluster.wipe();
            assertThat(dir).doesNotExist();
            run("pg_restore", "--create", "-h", pgHost(), "-p", pgPort(), "-U", Postgres.USER, "-d", "postgres",
                    backup.resolve("axis.dump").toString());
            Files.createDirectories(dir);
            run("rsync", "-a", backup.resolve("blobs") + "/", dir.resolve("blobs") + "/");
            cluster.up();

            for (Api node : List.of(node1, node2)) {
                JsonNode verified = Api.json(node.get("/admin/api/v1/ledger/verify", cluster.adminToken(), null));
                assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
                assertThat(verified.path("lastCheckpoint").isNull()).as("the checkpoint survived").isFalse();
            }
            for (String axisId : axisIds) {
                assertThat(node2.get("/api/v1/packages/" + axisId + "/trace", tokenA, null).body()).as(axisId)
                        .isEqualTo(traces.get(axisId));
                assertThat(sha256(node1.getBytes("/api/v1/packages/" + axisId, tokenR2, null).body())).as(axisId)
                        .isEqualTo(digests.get(axisId));
            }
            List<String> inboxR1 = Inboxes.documentIds(node1, tokenR1);
            assertThat(inboxR1).as("acknowledged copies stay acknowledged").hasSizeGreaterThanOrEqualTo(BEFORE / 2)
                    .doesNotHaveDuplicates();
            for (String axisId : acknowledgedBeforeDump.values()) {
                HttpResponse<String> trace = node1.get("/api/v1/packages/" + axisId + "/trace", tokenA, null);
                assertThat(trace.statusCode()).as("acknowledged before the dump began: " + axisId).isEqualTo(200);
            }
            List<String> inboxR2 = Inboxes.documentIds(node2, tokenR2);
            assertThat(inboxR2).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(BEFORE + acknowledgedBeforeDump.size());
            log.info("restored: {} + {} packages acknowledged before the dump, {} in R2's inbox after the restore",
                    BEFORE, acknowledgedBeforeDump.size(), inboxR2.size());
        }
    }

    private static List<byte[]> packages(int from, int count) {
        List<byte[]> packages = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            packages.add(EdxmlSamples.document(A, A + ",2026/12/06," + (9000 + i) + "/UBND-VP", "Sao lưu số " + i, R1, R2));
        }
        return packages;
    }

    private static String client(Api api, LocalCluster cluster, String agency) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", cluster.adminToken(), null,
                "{\"name\":\"DMS " + agency + "\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Api.json(r).path("token").asText();
    }

    private static String pgHost() {
        return java.net.URI.create(Postgres.URL.substring("jdbc:".length())).getHost();
    }

    private static String pgPort() {
        int port = java.net.URI.create(Postgres.URL.substring("jdbc:".length())).getPort();
        return String.valueOf(port < 0 ? 5432 : port);
    }

    private static void run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", Postgres.PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
