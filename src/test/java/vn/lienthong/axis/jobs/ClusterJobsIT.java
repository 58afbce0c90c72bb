package vn.lienthong.axis.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisNodes;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/**
 * Issue 11 §2 with two nodes on one PostgreSQL schema: settings changed through one node's admin
 * API take effect on the other within the stated bound; every timer fires on both nodes, yet each
 * periodic job (outbox sweep, spool cleanup, upstream polling, remote tracking, directory sync)
 * runs on one node at a time, at most once per half period, and goes on on the other node when the
 * first stops.
 */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterJobsIT {
    static final String ADMIN = "sample-admin-token";
    static final Duration PERIOD = Duration.ofMillis(500);
    /** A run starts at least half a period after the previous one began (the lock's lockAtLeastFor). */
    static final Duration MIN_GAP = PERIOD.dividedBy(2).minusMillis(100);
    /** The stated bound for trust anchors (axis.trust.refresh-period, 5 s) plus time for the check itself. */
    static final Duration TRUST_BOUND = Duration.ofSeconds(5).plusSeconds(3);
    /** The stated bound for route rules and aliases in routing (axis.directory.refresh-period, 2 s, ADR 030) plus the check. */
    static final Duration DIRECTORY_BOUND = Duration.ofSeconds(2).plusSeconds(3);
    static final List<String> JOBS = List.of(SingletonJobs.OUTBOX_SWEEP, SingletonJobs.SPOOL_CLEANUP,
            SingletonJobs.UPSTREAM_POLL, SingletonJobs.REMOTE_TRACKING, SingletonJobs.DIRECTORY_SYNC);

    AxisNodes cluster;
    ConfigurableApplicationContext node1;
    ConfigurableApplicationContext node2;
    Instant bothUp;

    @BeforeAll
    void start() throws IOException {
        cluster = AxisNodes.onFreshSchema("axis_jobs", TestDirs.fresh("cluster-jobs"));
        Map<String, Object> fastJobs = fastJobs(closedPort());
        node1 = cluster.start("node1", fastJobs);
        node2 = cluster.start("node2", fastJobs);
        bothUp = Instant.now();
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {node1, node2}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void givenSettingsChangedOnOneNode_thenTheOtherUsesThem_clientsAtOnce_rulesAndTrustWithinTheirRefreshPeriods()
            throws Exception {
        Api api1 = new Api(AxisNodes.port(node1));
        Api api2 = new Api(AxisNodes.port(node2));

        assertThat(api1.postJson("/admin/api/v1/routes", ADMIN, null,
                "{\"pattern\":\"*.C77\",\"target\":\"upstream\"}").statusCode()).isEqualTo(201);
        Instant ruleAdded = Instant.now();
        assertThat(Api.json(api1.get("/admin/api/v1/routes/resolve?code=000.00.00.C77", ADMIN, null))
                .path("rule").path("pattern").asText()).isEqualTo("*.C77"); // the node that wrote: at once
        await().atMost(DIRECTORY_BOUND).until(() -> "*.C77".equals(Api.json(api2.get(
                "/admin/api/v1/routes/resolve?code=000.00.00.C77", ADMIN, null)).path("rule").path("pattern").asText()));
        assertThat(Duration.between(ruleAdded, Instant.now())).isLessThan(DIRECTORY_BOUND);

        assertThat(api1.postJson("/admin/api/v1/aliases", ADMIN, null, "{\"oldCode\":\"000.00.00.H46\","
                + "\"newCode\":\"000.00.01.H99\",\"reason\":\"QĐ 09/2025\"}").statusCode()).isEqualTo(201);
        assertThat(api2.get("/admin/api/v1/aliases", ADMIN, null).body()).contains("000.00.00.H46");

        var registered = Api.json(api1.postJson("/admin/api/v1/clients", ADMIN, null,
                "{\"name\":\"DMS cụm\",\"agencies\":[\"000.00.01.H99\"]}"));
        String token = registered.path("token").asText();
        assertThat(api2.get("/api/v1/inbox", token, null).statusCode()).isEqualTo(200);
        assertThat(api1.send(api1.request("/admin/api/v1/clients/" + registered.path("id").asText(), ADMIN, null)
                .DELETE().build()).statusCode()).isBetween(200, 204);
        assertThat(api2.get("/api/v1/inbox", token, null).statusCode()).isEqualTo(401);

        String pem = Files.readString(Path.of("certs-sample/sample-intermediate-ca.pem"));
        String fingerprint = Api.json(api1.postJson("/admin/api/v1/trust-anchors", ADMIN, null,
                Api.JSON.writeValueAsString(Map.of("pem", pem)))).path("sha256").asText();
        Instant added = Instant.now();
        assertThat(api2.get("/admin/api/v1/trust-anchors", ADMIN, null).body()).doesNotContain(fingerprint);
        await().atMost(TRUST_BOUND).until(() -> api2.get("/admin/api/v1/trust-anchors", ADMIN, null).body()
                .contains(fingerprint));
        assertThat(Duration.between(added, Instant.now())).isLessThan(TRUST_BOUND);
    }

    @Test
    @Order(2)
    void givenTwoNodesOnOneDatabase_thenEachJobRunsOnOneNodeAtATime_andMovesWhenItsNodeStops() {
        await().atMost(Duration.ofSeconds(60)).until(() -> JOBS.stream()
                .allMatch(j -> cluster.runsOf(j).stream().filter(r -> r.start().isAfter(bothUp)).count() >= 8));
        JOBS.forEach(j -> assertOneAtATime(j, cluster.runsOf(j)));

        // stop the node that ran more: its jobs must go on on the other one
        Map<String, Long> byNode = cluster.runs().stream().collect(Collectors.groupingBy(AxisNodes.Run::node,
                Collectors.counting()));
        boolean firstRanMore = byNode.getOrDefault("node1", 0L) >= byNode.getOrDefault("node2", 0L);
        String stoppedId = firstRanMore ? "node1" : "node2";
        String survivor = firstRanMore ? "node2" : "node1";
        (firstRanMore ? node1 : node2).close();
        Instant closed = Instant.now();

        await().atMost(Duration.ofSeconds(30)).until(() -> JOBS.stream().allMatch(j -> cluster.runsOf(j).stream()
                .filter(r -> r.start().isAfter(closed) && r.node().equals(survivor)).count() >= 3));
        JOBS.forEach(j -> {
            assertOneAtATime(j, cluster.runsOf(j));
            assertThat(cluster.runsOf(j)).filteredOn(r -> r.start().isAfter(closed))
                    .extracting(AxisNodes.Run::node).containsOnly(survivor);
        });
        assertThat(cluster.runs()).extracting(AxisNodes.Run::node).contains(stoppedId);
    }

    /** Runs of one job never overlap, and each starts at least {@link #MIN_GAP} after the previous start. */
    static void assertOneAtATime(String job, List<AxisNodes.Run> runs) {
        for (int i = 1; i < runs.size(); i++) {
            AxisNodes.Run before = runs.get(i - 1);
            AxisNodes.Run run = runs.get(i);
            assertThat(run.start()).as("%s: %s overlaps %s", job, run, before).isAfterOrEqualTo(before.end());
            assertThat(Duration.between(before.start(), run.start())).as("%s: %s too soon after %s", job, run, before)
                    .isGreaterThanOrEqualTo(MIN_GAP);
        }
    }

    static Map<String, Object> fastJobs(int deadPort) {
        String period = PERIOD.toMillis() + "ms";
        return Map.ofEntries(
                Map.entry("axis.delivery.sweep-period", period),
                Map.entry("axis.housekeeping.period", String.valueOf(PERIOD.toMillis())),
                Map.entry("axis.housekeeping.delay", "100"),
                Map.entry("axis.upstream.enabled", "true"),
                // nobody answers there: the polls fail fast, which is still a run of the job
                Map.entry("axis.upstream.base-uri", "http://127.0.0.1:" + deadPort + "/vxp/"),
                Map.entry("axis.upstream.system-id", "axis.cluster"),
                Map.entry("axis.upstream.secret", "cluster-secret"),
                Map.entry("axis.upstream.timeout", "1s"),
                Map.entry("axis.upstream.poll-interval", period),
                Map.entry("axis.upstream.track-interval", period),
                Map.entry("axis.upstream.directory-sync-interval", period));
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
