package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * Flyway V27 on a real database: a VXP client system registered before the upgrade keeps working as its DMS
 * calls today (legacy, {@code vxp_unsigned_operations}); a client system registered after it is strict.
 */
class VxpUnsignedOperationsMigrationTest {
    @Test
    void givenAClientFromBeforeV27OnH2_thenItIsLegacyAndANewOneIsStrict() throws Exception {
        existingRowsBecomeLegacy("jdbc:h2:mem:v27-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void givenAClientFromBeforeV27OnPostgres_thenItIsLegacyAndANewOneIsStrict() throws Exception {
            existingRowsBecomeLegacy(Postgres.freshSchemaUrl("axis_v27"), Postgres.USER, Postgres.PASSWORD);
        }
    }

    private void existingRowsBecomeLegacy(String url, String user, String password) throws Exception {
        EncryptVxpSecretsMigration v13 = new EncryptVxpSecretsMigration(
                new VxpSecretCipher(VxpFacadeProperties.SAMPLE_SECRET_KEY));
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").javaMigrations(v13)
                .target("26").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.executeUpdate("insert into client_system (id, name, vxp_system_id) values ('before', 'DMS', 'vxp.before')");
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").javaMigrations(v13)
                    .load().migrate();
            s.executeUpdate("insert into client_system (id, name, vxp_system_id) values ('after', 'DMS', 'vxp.after')");
            try (ResultSet rs = s.executeQuery("select id, vxp_unsigned_operations from client_system order by id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("after");
                assertThat(rs.getBoolean(2)).isFalse();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
    }
}
