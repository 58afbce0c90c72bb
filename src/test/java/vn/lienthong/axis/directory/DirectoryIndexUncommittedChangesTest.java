package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * A lookup made inside a transaction that has just written the directory (not yet committed) must not
 * publish those rows to every thread: after a rollback nothing routes with an agency that does not exist.
 */
class DirectoryIndexUncommittedChangesTest {
    private static final String CODE = "000.00.07.H97";
    private static final String OTHER = "000.00.08.H97";

    @Test
    void givenALookupInsideAWriteThatRollsBack_thenLaterLookupsDoNotFindTheAgencyOnH2() {
        lookupInsideARolledBackWrite("jdbc:h2:mem:uncommitted-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void givenALookupInsideAWriteThatRollsBack_thenLaterLookupsDoNotFindTheAgencyOnPostgres() {
            lookupInsideARolledBackWrite(Postgres.freshSchemaUrl("tidy8_directory"), Postgres.USER, Postgres.PASSWORD);
        }
    }

    @Test
    void givenAFirstLookupInsideAWriteThatRollsBack_thenLaterLookupsDoNotFindTheAgency() {
        String url = "jdbc:h2:mem:first-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        JdbcClient jdbc = JdbcClient.create(ds);
        DirectoryIndex node = new DirectoryIndex(jdbc, Duration.ofHours(1)); // nothing loaded yet
        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> {
            new AgencyRepository(jdbc, node).upsert(unit(CODE), "admin");
            node.agency(CODE); // the node's very first load happens inside the write
            status.setRollbackOnly();
        });
        assertThat(node.agency(CODE)).isEmpty();
    }

    private static void lookupInsideARolledBackWrite(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user, password);
        JdbcClient jdbc = JdbcClient.create(ds);
        DirectoryIndex node = new DirectoryIndex(jdbc, Duration.ZERO); // every lookup compares the version
        assertThat(node.agency(CODE)).isEmpty();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

        tx.executeWithoutResult(status -> {
            new AgencyRepository(jdbc, node).upsert(unit(CODE), "admin");
            node.agency(CODE); // e.g. a check made by the writer on its own connection
            status.setRollbackOnly();
        });

        // another change commits: the stored version is again the one the node saw inside the rolled-back write
        new AgencyRepository(jdbc, node).upsert(unit(OTHER), "admin");

        assertThat(node.agency(OTHER)).as("the committed change").isPresent();
        assertThat(node.agency(CODE)).as("the rolled-back agency").isEmpty();
    }

    private static Agency unit(String code) {
        return new Agency(code, "Đơn vị " + code, null, true, DeliveryMode.PULL, null, SignaturePolicy.REQUIRED, true);
    }
}
