package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
            assertThat(new PostgresStatistics(ds, Duration.ZERO).analyzeStale())
                    .isEqualTo(PostgresStatistics.NOT_POSTGRES);
        } finally {
            ds.destroy();
        }
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
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
                PostgresStatistics statistics = new PostgresStatistics(ds, Duration.ZERO);
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
