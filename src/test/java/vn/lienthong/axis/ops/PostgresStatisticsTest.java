package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/** The changed tables of the axis's schema get statistics (autovacuum's threshold); nothing to do on H2. */
class PostgresStatisticsTest {
    @Test
    void givenH2_thenThereIsNothingToAnalyse() {
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:h2:mem:statistics", "sa", "", true);
        try {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            PostgresStatistics statistics = new PostgresStatistics(ds, registry, Duration.ZERO);
            assertThat(statistics.analyzeStale()).isEqualTo(PostgresStatistics.NOT_POSTGRES);
            assertThat(statistics.checkAutovacuum()).isEqualTo(PostgresStatistics.NOT_POSTGRES);
            assertThat(registry.get("axis.postgres.autovacuum").gauge().value()).isEqualTo(-1.0);
        } finally {
            ds.destroy();
        }
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void theGaugeSaysWhatTheServerSaysOfAutovacuum() {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(Postgres.freshSchemaUrl("axis_autovacuum"),
                    Postgres.USER, Postgres.PASSWORD, true);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(ds);
                // read independently: pg_settings, not current_setting() as the class does
                boolean on = jdbc.queryForList("select name from pg_settings where name in ('autovacuum',"
                        + " 'track_counts') and setting = 'on'", String.class).size() == 2;
                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                PostgresStatistics statistics = new PostgresStatistics(ds, registry, Duration.ZERO);
                assertThat(registry.get("axis.postgres.autovacuum").gauge().value()).as("not read yet").isEqualTo(-1.0);

                assertThat(statistics.checkAutovacuum()).isEqualTo(on ? 1 : 0);
                assertThat(registry.get("axis.postgres.autovacuum").gauge().value()).isEqualTo(on ? 1.0 : 0.0);
            } finally {
                ds.destroy();
            }
        }

        @Test
        void givenATableThatGrewFromEmpty_whenAnalysed_thenItsRowCountIsKnownAndTheNextRunFindsNothing() {
            String url = Postgres.freshSchemaUrl("axis_statistics");
            // the rows come from another session, as in service: PostgreSQL counts them when that session ends
            SingleConnectionDataSource writer = new SingleConnectionDataSource(url, Postgres.USER, Postgres.PASSWORD,
                    true);
            JdbcTemplate written = new JdbcTemplate(writer);
            written.execute("create table \"sổ_cái\" (id bigint primary key, title varchar(200))");
            written.execute("create table untouched (id bigint primary key)");
            written.update("insert into \"sổ_cái\" select g, 'Công văn ' || g from generate_series(1, 1000) g");
            writer.destroy();
            SingleConnectionDataSource ds = new SingleConnectionDataSource(url, Postgres.USER, Postgres.PASSWORD, true);
            try {
                PostgresStatistics statistics = new PostgresStatistics(ds, new SimpleMeterRegistry(), Duration.ZERO);
                await().atMost(Duration.ofSeconds(20)).until(() -> statistics.analyzeStale() == 1);
                assertThat(new JdbcTemplate(ds).queryForObject(
                        "select reltuples from pg_class where oid = 'sổ_cái'::regclass", Double.class))
                        .isEqualTo(1000.0);
                assertThat(statistics.analyzeStale()).isZero();
            } finally {
                ds.destroy();
            }
        }
    }
}
