package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * The in-memory directory (ADR 030) on one database shared by two "nodes": a node sees its own changes at
 * once, the other node within its refresh period, and a rolled-back change nowhere.
 */
class DirectoryIndexTest {
    @TempDir
    Path dir;
    private DriverManagerDataSource ds;
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        String url = "jdbc:h2:file:" + dir.resolve("axis");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        ds = new DriverManagerDataSource(url, "sa", "");
        jdbc = JdbcClient.create(ds);
    }

    private static Agency unit(String code) {
        return new Agency(code, "Đơn vị " + code, null, true, DeliveryMode.PULL, null, SignaturePolicy.REQUIRED, true);
    }

    @Test
    void ownChangesAtOnceOtherNodesAfterTheirRefresh() {
        DirectoryIndex nodeA = new DirectoryIndex(jdbc, Duration.ofHours(1));
        DirectoryIndex nodeB = new DirectoryIndex(jdbc, Duration.ofHours(1));
        assertThat(nodeB.agency("000.00.01.H97")).isEmpty();
        assertThat(nodeB.ruleFor("000.00.01.G22")).isEmpty();

        new AgencyRepository(jdbc, nodeA).upsert(unit("000.00.01.H97"), "admin");
        RoutingDirectory routingA = new RoutingDirectory(jdbc, nodeA);
        routingA.putRule(new RouteRule("*.G22", "upstream"), "admin");
        routingA.putAlias(new RoutingDirectory.Alias("000.00.99.H97", "000.00.01.H97", "sáp nhập"));

        assertThat(nodeA.agency("000.00.01.H97")).get().extracting(Agency::name).isEqualTo("Đơn vị 000.00.01.H97");
        assertThat(nodeA.ruleFor("000.00.01.G22")).get().extracting(RouteRule::target).isEqualTo("upstream");
        assertThat(nodeA.successorOf("000.00.99.H97")).contains("000.00.01.H97");
        // node B checked the version before the change and its period (an hour here) has not passed
        assertThat(nodeB.agency("000.00.01.H97")).isEmpty();

        nodeB.refresh(); // what the period's end does
        assertThat(nodeB.agency("000.00.01.H97")).isPresent();
        assertThat(nodeB.ruleFor("000.00.01.G22")).isPresent();
        assertThat(nodeB.successorOf("000.00.99.H97")).contains("000.00.01.H97");

        assertThat(routingA.deleteRule("*.g22")).isTrue();
        assertThat(nodeA.ruleFor("000.00.01.G22")).isEmpty();
    }

    @Test
    void nodesCatchUpByRereadingOnlyTheChangedRows() {
        catchUpByRereadingOnlyTheChangedRows(jdbc);
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void nodesCatchUpByRereadingOnlyTheChangedRows() {
            String url = Postgres.freshSchemaUrl("directory_catch_up");
            Flyway.configure().dataSource(url, Postgres.USER, Postgres.PASSWORD).locations("classpath:db/migration")
                    .load().migrate();
            catchUpByRereadingOnlyTheChangedRows(JdbcClient.create(new DriverManagerDataSource(url, Postgres.USER,
                    Postgres.PASSWORD)));
        }
    }

    private static void catchUpByRereadingOnlyTheChangedRows(JdbcClient jdbc) {
        DirectoryIndex nodeA = new DirectoryIndex(jdbc, Duration.ofHours(1));
        DirectoryIndex nodeB = new DirectoryIndex(jdbc, Duration.ofHours(1));
        AgencyRepository agenciesA = new AgencyRepository(jdbc, nodeA);
        RoutingDirectory routingA = new RoutingDirectory(jdbc, nodeA);
        agenciesA.upsert(unit("000.00.30.H97"), "admin");
        routingA.putAlias(new RoutingDirectory.Alias("000.00.98.H97", "000.00.30.H97", "sáp nhập"));
        routingA.putRule(new RouteRule("000.00.*.G23", "upstream"), "admin");
        assertThat(nodeA.agency("000.00.30.H97")).isPresent();
        assertThat(nodeB.agency("000.00.30.H97")).isPresent();

        agenciesA.upsert(new Agency("000.00.30.H97", "Sở Tư pháp", null, true, DeliveryMode.PULL, null,
                SignaturePolicy.REQUIRED, false), "admin");
        agenciesA.upsert(unit("000.00.31.H97"), "admin");
        routingA.putAlias(new RoutingDirectory.Alias("000.00.97.H97", "000.00.31.H97", "đổi mã"));
        assertThat(routingA.deleteAlias("000.00.98.h97")).isTrue();
        routingA.putRule(new RouteRule("000.00.*.G23", "peer:hn"), "admin");
        routingA.putRule(new RouteRule("*.G24", "upstream"), "admin");
        assertThat(routingA.deleteRule("000.00.*.g23")).isTrue();
        nodeB.refresh();

        for (DirectoryIndex node : new DirectoryIndex[] {nodeA, nodeB}) {
            assertThat(node.agency("000.00.30.H97")).get().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Sở Tư pháp");
                assertThat(a.active()).isFalse();
            });
            assertThat(node.agency("000.00.31.H97")).isPresent();
            assertThat(node.successorOf("000.00.97.H97")).contains("000.00.31.H97");
            assertThat(node.successorOf("000.00.98.H97")).isEmpty();
            assertThat(node.ruleFor("000.00.01.G23")).isEmpty();
            assertThat(node.ruleFor("000.00.01.G24")).get().extracting(RouteRule::target).isEqualTo("upstream");
            assertThat(node.version()).isEqualTo(version(jdbc));
            assertThat(node.fullLoads()).as("only the first load read the tables whole").isEqualTo(1);
        }
    }

    @Test
    void aVersionMovedWithoutItsChangeRowMakesTheNodeReadTheTablesWhole() {
        DirectoryIndex node = new DirectoryIndex(jdbc, Duration.ofHours(1));
        assertThat(node.agency("000.00.32.H97")).isEmpty();
        // what a node of the release before directory_change does: the row and the version, nothing else
        jdbc.sql("insert into agency (code, name, local_agency, mode, signature_policy, status, source)"
                + " values ('000.00.32.H97', 'Sở Y tế', true, 'pull', 'required', 'active', 'admin')").update();
        jdbc.sql("update directory_version set version = version + 1 where id = 1").update();

        node.refresh();
        assertThat(node.agency("000.00.32.H97")).get().extracting(Agency::name).isEqualTo("Sở Y tế");
        assertThat(node.fullLoads()).isEqualTo(2);
    }

    @Test
    void aNodeFurtherBehindThanTheKeptChangesReadsTheTablesWhole() {
        DirectoryIndex writer = new DirectoryIndex(jdbc, Duration.ofHours(1), 2);
        DirectoryIndex behind = new DirectoryIndex(jdbc, Duration.ofHours(1), 2);
        assertThat(behind.agency("000.00.33.H97")).isEmpty();
        AgencyRepository agencies = new AgencyRepository(jdbc, writer);
        for (int i = 3; i <= 5; i++) {
            agencies.upsert(unit("000.00.3" + i + ".H97"), "admin");
        }
        assertThat(jdbc.sql("select count(*) from directory_change").query(Long.class).single())
                .as("older changes pruned").isEqualTo(2);

        behind.refresh();
        assertThat(behind.agency("000.00.33.H97")).isPresent();
        assertThat(behind.agency("000.00.35.H97")).isPresent();
        assertThat(behind.fullLoads()).isEqualTo(2);
    }

    @Test
    void anUnchangedUpsertMovesNothing_aChangedOneMovesTheVersion() {
        AgencyRepository agencies = new AgencyRepository(jdbc, new DirectoryIndex(jdbc, Duration.ofHours(1)));
        agencies.upsert(unit("000.00.03.H97"), "sync");
        long before = version();

        agencies.upsert(unit("000.00.03.H97"), "sync");
        assertThat(version()).as("a sync that finds the row as it is").isEqualTo(before);

        agencies.upsert(new Agency("000.00.03.H97", "Sở Nội vụ", null, true, DeliveryMode.PULL, null,
                SignaturePolicy.REQUIRED, true), "sync");
        assertThat(version()).isEqualTo(before + 1);
        agencies.upsert(new Agency("000.00.03.H97", "Sở Nội vụ", null, true, DeliveryMode.PULL, null,
                SignaturePolicy.REQUIRED, false), "sync");
        assertThat(version()).as("suspended").isEqualTo(before + 2);
        agencies.upsert(new Agency("000.00.03.H97", "Sở Nội vụ", null, true, DeliveryMode.PULL, null,
                SignaturePolicy.REQUIRED, false), "admin");
        assertThat(version()).as("another owner").isEqualTo(before + 3);
        assertThat(agencies.find("000.00.03.H97")).get().extracting(Agency::name).isEqualTo("Sở Nội vụ");
    }

    @Test
    void reloadsGiveTheirConnectionsBack() {
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("axis"));
            pool.setUsername("sa");
            pool.setMaximumPoolSize(1);
            pool.setConnectionTimeout(1_000);
            JdbcClient one = JdbcClient.create(pool);
            DirectoryIndex node = new DirectoryIndex(one, Duration.ofHours(1));
            AgencyRepository agencies = new AgencyRepository(one, node);
            for (int i = 0; i < 3; i++) { // each change makes the next lookup reload the three tables
                agencies.upsert(unit("000.00.1" + i + ".H97"), "admin");
                assertThat(node.agency("000.00.1" + i + ".H97")).as("reload %d on a pool of one connection", i)
                        .isPresent();
            }
        }
    }

    private long version() {
        return version(jdbc);
    }

    private static long version(JdbcClient jdbc) {
        return jdbc.sql("select version from directory_version where id = 1").query(Long.class).single();
    }

    @Test
    void otherNodeSeesTheChangeOnceItsPeriodHasPassed() throws Exception {
        DirectoryIndex nodeA = new DirectoryIndex(jdbc, Duration.ofHours(1));
        DirectoryIndex nodeB = new DirectoryIndex(jdbc, Duration.ofMillis(50));
        assertThat(nodeB.agency("000.00.02.H97")).isEmpty();
        new AgencyRepository(jdbc, nodeA).upsert(unit("000.00.02.H97"), "admin");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (nodeB.agency("000.00.02.H97").isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // polls the index itself: the bound is what is tested, not a sleep
        }
        assertThat(nodeB.agency("000.00.02.H97")).isPresent();
    }

    @Test
    void rolledBackChangeIsNotSeen() {
        DirectoryIndex node = new DirectoryIndex(jdbc, Duration.ofHours(1));
        assertThat(node.agency("000.00.03.H97")).isEmpty();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.executeWithoutResult(status -> {
            new AgencyRepository(jdbc, node).upsert(unit("000.00.03.H97"), "admin");
            status.setRollbackOnly();
        });
        node.refresh();
        assertThat(node.agency("000.00.03.H97")).isEmpty();
    }

    @Test
    void mostSpecificWildcardWinsWhateverThePrefixIndex() {
        DirectoryIndex node = new DirectoryIndex(jdbc, Duration.ofHours(1));
        RoutingDirectory routing = new RoutingDirectory(jdbc, node);
        routing.putRule(new RouteRule("*", "upstream"), "admin");
        routing.putRule(new RouteRule("*.H41", "peer:hcm"), "admin");
        routing.putRule(new RouteRule("000.00.*.H41", "peer:hn"), "admin");
        routing.putRule(new RouteRule("000.00.05.H41", "peer:exact"), "admin");
        assertThat(node.ruleFor("000.00.01.H41")).get().extracting(RouteRule::target).isEqualTo("peer:hn");
        assertThat(node.ruleFor("001.00.01.H41")).get().extracting(RouteRule::target).isEqualTo("peer:hcm");
        assertThat(node.ruleFor("000.00.05.H41")).get().extracting(RouteRule::target).isEqualTo("peer:exact");
        assertThat(node.ruleFor("000.00.01.G22")).get().extracting(RouteRule::target).isEqualTo("upstream");
    }

    @Test
    void lookupsDoNotQueueBehindAPeriodicCheckThatWaitsForAConnection() throws Exception {
        CountDownLatch asking = new CountDownLatch(1);
        CountDownLatch poolFree = new CountDownLatch(1);
        AtomicBoolean starved = new AtomicBoolean();
        DataSource pool = new DelegatingDataSource(ds) {
            @Override
            public Connection getConnection() throws SQLException {
                if (starved.get()) { // the pool is busy: every connection is held by a request
                    asking.countDown();
                    try {
                        poolFree.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.getConnection();
            }
        };
        JdbcClient busy = JdbcClient.create(pool);
        new AgencyRepository(busy, new DirectoryIndex(busy, Duration.ofHours(1))).upsert(unit("000.00.20.H97"), "admin");
        DirectoryIndex node = new DirectoryIndex(busy, Duration.ZERO); // every lookup finds its period over
        assertThat(node.agency("000.00.20.H97")).isPresent();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            starved.set(true);
            Future<?> check = threads.submit(() -> {
                node.refresh();
                return null;
            });
            assertThat(asking.await(10, TimeUnit.SECONDS)).as("the periodic check waits for a connection").isTrue();

            Future<Optional<Agency>> lookup = threads.submit(() -> node.agency("000.00.20.H97"));
            assertThat(lookup.get(10, TimeUnit.SECONDS)).as("served from the loaded directory meanwhile").isPresent();

            poolFree.countDown();
            check.get(10, TimeUnit.SECONDS);
        } finally {
            poolFree.countDown();
            threads.shutdownNow();
        }
    }
}
