package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * Two nodes booting at once on one new PostgreSQL database both load the same directory file: each agency is
 * looked up, found missing and inserted by both. The slower insert must not fail (it used to break the
 * node's startup with a duplicate key); the directory ends with each agency and certificate once.
 */
@RequiresPostgres
class DirectoryFirstBootRaceIT {
    private static final int AGENCIES = 60;

    @Test
    void givenTwoNodesLoadingOneDirectoryAtOnce_thenNeitherFailsAndEachAgencyIsThereOnce() throws Exception {
        String url = Postgres.freshSchemaUrl("first_boot");
        Flyway.configure().dataSource(url, Postgres.USER, Postgres.PASSWORD).locations("classpath:db/migration")
                .load().migrate();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> loads = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                // one connection per node, each statement its own transaction (as the loader runs)
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(url, Postgres.USER, Postgres.PASSWORD,
                        true));
                AgencyRepository agencies = new AgencyRepository(jdbc, new DirectoryIndex(jdbc, Duration.ofHours(1)));
                loads.add(nodes.submit(() -> {
                    for (int i = 0; i < AGENCIES; i++) {
                        String code = String.format("000.%02d.%02d.H98", i / 100, i % 100);
                        together.await();
                        agencies.upsert(new Agency(code, "Ủy ban nhân dân xã " + i, null, true, DeliveryMode.PULL, null,
                                SignaturePolicy.REQUIRED, true), "config");
                        together.await();
                        agencies.addCertificate(code, "%064x".formatted(i), "CN=Đơn vị " + i, null, "PEM " + i);
                    }
                    return AGENCIES;
                }));
            }
            for (Future<Integer> load : loads) {
                assertThat(load.get()).as("a node's load finished without an error").isEqualTo(AGENCIES);
            }
        } finally {
            nodes.shutdownNow();
        }
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, Postgres.USER, Postgres.PASSWORD));
        assertThat(jdbc.sql("select count(*) from agency where code like '%.H98'").query(Long.class).single())
                .isEqualTo(AGENCIES);
        assertThat(jdbc.sql("select count(*) from agency_certificate").query(Long.class).single()).isEqualTo(AGENCIES);
        assertThat(jdbc.sql("select name from agency where code = '000.00.59.H98'").query(String.class).single())
                .isEqualTo("Ủy ban nhân dân xã 59");
    }
}
