package vn.lienthong.axis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisNodes;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/**
 * Issue 11 §2, the database going away: in repeated outages of 1.5 s every connection of the node
 * is terminated as soon as it appears (pg_terminate_backend, as in a PostgreSQL restart), while a
 * DMS keeps sending and retries each package until it is acknowledged. The node recovers by itself, and every acknowledged package is
 * in the ledger once and its copy delivered once.
 */
@RequiresPostgres
class DatabaseOutageIT {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final int PACKAGES = 30;
    static final Duration OUTAGE = Duration.ofMillis(1500);

    ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void givenTheDatabaseConnectionsKilledDuringIntake_thenIntakeRecoversAndEveryAcknowledgedPackageIsDeliveredOnce()
            throws Exception {
        String appName = "axis-outage-" + UUID.randomUUID().toString().substring(0, 8);
        String url = Postgres.freshSchemaUrl("axis_outage") + "&ApplicationName=" + appName;
        AxisNodes nodes = new AxisNodes(url, TestDirs.fresh("db-outage"));
        node = nodes.start("node1", Map.of("axis.delivery.sweep-after", "2s", "axis.delivery.sweep-period", "500ms",
                "axis.broker.redelivery-delay", "200ms", "axis.broker.max-redelivery-delay", "1s",
                "axis.delivery.push-timeout", "2s", "axis.delivery.retry-sweep-after", "5s"));
        Api api = new Api(AxisNodes.port(node));
        String token = node.getBean(ClientRegistry.class).register("DMS of A", List.of(A)).token();

        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger killed = new AtomicInteger();
        AtomicInteger outages = new AtomicInteger();
        Thread killer = new Thread(() -> {
            while (sending.get()) { // an outage (connections killed as they come, 1.5 s), then 2 s of database
                outages.incrementAndGet();
                long end = System.nanoTime() + OUTAGE.toNanos();
                while (System.nanoTime() < end) {
                    killed.addAndGet(terminate(appName));
                    LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // fault pacing, not synchronisation
                }
                LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
            }
        }, "kill-db-connections");
        List<String> documentIds = new ArrayList<>();
        List<Integer> refusals = new ArrayList<>();
        killer.start();
        try {
            for (int i = 0; i < PACKAGES; i++) {
                String docId = A + ",2026/12/06," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
                byte[] pkg = EdxmlSamples.document(A, docId, "Gửi khi CSDL khởi động lại " + i, B);
                documentIds.add(docId);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    HttpResponse<String> r = api.submit(pkg, token);
                    if (r.statusCode() / 100 != 2) {
                        refusals.add(r.statusCode());
                    }
                    return r.statusCode() == 202 || r.statusCode() == 200;
                });
            }
        } finally {
            sending.set(false);
            killer.join();
        }
        assertThat(outages.get()).as("database outages during intake").isGreaterThanOrEqualTo(3);
        assertThat(killed.get()).as("connections terminated during intake").isPositive();
        assertThat(refusals).as("refusals while the database was away are server-side, never client errors")
                .allMatch(s -> s >= 500);

        JdbcClient jdbc = node.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select count(*) from delivery d join package p"
                + " on p.axis_id = d.axis_id where d.state = 'AVAILABLE' and p.from_code = ?").param(A)
                .query(Long.class).single() == PACKAGES);
        for (String docId : documentIds) {
            assertThat(jdbc.sql("select count(*) from package where document_id = ?").param(docId).query(Long.class)
                    .single()).as("%s accepted once", docId).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from event e join package p on p.axis_id = e.axis_id"
                    + " where p.document_id = ? and e.type = 'delivery-available'").param(docId).query(Long.class)
                    .single()).as("%s delivered once", docId).isEqualTo(1);
        }
    }

    /** Terminates every connection of the node (its application name); returns how many. */
    private static int terminate(String appName) {
        try (Connection c = DriverManager.getConnection(Postgres.URL, Postgres.USER, Postgres.PASSWORD);
             PreparedStatement s = c.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where application_name = ?")) {
            s.setString(1, appName);
            var rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }
}
