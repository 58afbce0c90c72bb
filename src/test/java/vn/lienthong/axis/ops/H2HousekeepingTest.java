package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.config.DurableH2Files;

/**
 * The embedded file under a ledger-like churn (each package inserted, then its state updated, each step its own
 * commit) stays a fraction of the size it reaches without housekeeping, and every row is intact after it.
 */
class H2HousekeepingTest {
    /** The default's settings; RETENTION_TIME=0 so that chunks may be rewritten at once instead of after 45 s. */
    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=0";
    private static final int PACKAGES = 3_000;
    private static final int ROUNDS_EVERY = 100;
    private static final String TITLE = "Công văn về việc triển khai trục liên thông văn bản quốc gia ";

    @TempDir
    Path dir;

    @BeforeAll
    static void registered() {
        DurableH2Files.register();
    }

    @Test
    void givenChurn_whenHousekeepingRuns_thenTheFileStaysSmallAndEveryRowIsIntact() throws Exception {
        long without = churn("without", false);
        long with = churn("with", true);
        System.out.printf("H2 file after %d packages: %d bytes without housekeeping, %d with%n",
                PACKAGES, without, with);
        assertThat(with).isLessThan(without / 2);
    }

    @Test
    void givenCommitsOnAnotherThread_whenHousekeepingRunsMeanwhile_thenEveryRowIsIntact() throws Exception {
        try (HikariDataSource ds = dataSource("jdbc:h2:durable:" + dir.resolve("concurrent") + SETTINGS)) {
            H2Housekeeping compaction = new H2Housekeeping(ds, new SimpleMeterRegistry(), Duration.ZERO);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try (Connection c = ds.getConnection()) {
                schema(c);
                Future<?> done = writer.submit(() -> {
                    for (int i = 0; i < PACKAGES; i++) {
                        accept(c, i);
                    }
                    return null;
                });
                int rewrites = 0;
                while (!done.isDone()) {
                    rewrites += compaction.compact();
                }
                done.get();
                assertThat(rewrites).isPositive();
                assertIntact(c);
            } finally {
                writer.shutdownNow();
            }
        }
    }

    @Test
    void givenAnInMemoryDatabase_thenThereIsNothingToCompact() {
        try (HikariDataSource ds = dataSource("jdbc:h2:mem:housekeeping")) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            H2Housekeeping housekeeping = new H2Housekeeping(ds, registry, Duration.ZERO);
            assertThat(housekeeping.compact()).isEqualTo(H2Housekeeping.NOT_H2);
            assertThat(registry.get("axis.h2.file.bytes").gauge().value()).isEqualTo(-1);
        }
    }

    /** Runs the churn on a new file and returns its size; checks the rows and the gauges. */
    private long churn(String name, boolean housekeeping) throws Exception {
        Path file = dir.resolve(name + ".mv.db");
        try (HikariDataSource ds = dataSource("jdbc:h2:durable:" + dir.resolve(name) + SETTINGS)) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            H2Housekeeping compaction = new H2Housekeeping(ds, registry, Duration.ZERO);
            int rewrites = 0;
            try (Connection c = ds.getConnection()) {
                schema(c);
                for (int i = 0; i < PACKAGES; i++) {
                    accept(c, i);
                    if (housekeeping && i % ROUNDS_EVERY == ROUNDS_EVERY - 1) {
                        rewrites += compaction.compact();
                    }
                }
                assertIntact(c);
            }
            if (housekeeping) {
                assertThat(rewrites).isPositive();
                assertThat(registry.get("axis.h2.file.bytes").gauge().value()).isPositive();
                assertThat(registry.get("axis.h2.chunks.fill.rate.percent").gauge().value()).isBetween(1.0, 100.0);
            }
            return Files.size(file);
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("sa");
        ds.setMaximumPoolSize(2);
        return ds;
    }

    private static void schema(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table pkg(id bigint primary key, doc varchar(100), state varchar(20),"
                    + " title varchar(4000))");
            s.execute("create index pkg_doc on pkg(doc)");
            s.execute("create index pkg_state on pkg(state)");
            s.execute("create table event(id bigint auto_increment primary key, pkg bigint, kind varchar(20))");
            s.execute("create index event_pkg on event(pkg)");
        }
        c.setAutoCommit(false);
    }

    private static void accept(Connection c, int i) throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into pkg values (?, ?, 'accepted', ?)");
             PreparedStatement e = c.prepareStatement("insert into event(pkg, kind) values (?, ?)")) {
            p.setLong(1, i);
            p.setString(2, "DOC-" + i);
            p.setString(3, TITLE.repeat(20) + i);
            p.executeUpdate();
            e.setLong(1, i);
            e.setString(2, "accepted");
            e.executeUpdate();
            c.commit();
            try (PreparedStatement u = c.prepareStatement("update pkg set state = 'delivered' where id = ?")) {
                u.setLong(1, i);
                u.executeUpdate();
            }
            e.setString(2, "delivered");
            e.executeUpdate();
            c.commit();
        }
    }

    private static void assertIntact(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct title), min(state), max(state),"
                     + " (select count(*) from event), (select title from pkg where id = 1234) from pkg")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(PACKAGES);
            assertThat(rs.getInt(2)).isEqualTo(PACKAGES);
            assertThat(rs.getString(3)).isEqualTo("delivered");
            assertThat(rs.getString(4)).isEqualTo("delivered");
            assertThat(rs.getInt(5)).isEqualTo(2 * PACKAGES);
            assertThat(rs.getString(6)).isEqualTo(TITLE.repeat(20) + 1234);
        }
    }
}
