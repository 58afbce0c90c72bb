package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * Flyway V13 on a real database holding a VXP secret in clear, as every version before it stored it:
 * the migration encrypts it in place and the registry reads it back.
 */
class EncryptVxpSecretsMigrationTest {
    private static final String PLAIN = "a1".repeat(32);
    private final VxpSecretCipher cipher = new VxpSecretCipher(VxpFacadeProperties.SAMPLE_SECRET_KEY);

    @Test
    void givenAPlaintextSecretOnH2_whenV13Runs_thenItIsEncryptedAndStillDecrypts() throws Exception {
        plaintextRowsAreMigrated("jdbc:h2:mem:v13-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void givenAPlaintextSecretOnPostgres_whenV13Runs_thenItIsEncryptedAndStillDecrypts() throws Exception {
            plaintextRowsAreMigrated(Postgres.freshSchemaUrl("axis_v13"), Postgres.USER, Postgres.PASSWORD);
        }
    }

    private void plaintextRowsAreMigrated(String url, String user, String password) throws Exception {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("12")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement s = c.prepareStatement("insert into client_system (id, name, vxp_system_id,"
                    + " vxp_secret) values (?, ?, ?, ?)")) {
                s.setString(1, "legacy-client");
                s.setString(2, "DMS registered before V13");
                s.setString(3, "vxp.legacy");
                s.setString(4, PLAIN);
                s.executeUpdate();
            }
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .javaMigrations(new EncryptVxpSecretsMigration(cipher)).load().migrate();
            try (PreparedStatement s = c.prepareStatement("select vxp_secret, vxp_unsigned_agency_body from client_system"
                    + " where id = 'legacy-client'"); ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain(PLAIN);
                assertThat(cipher.decrypt("legacy-client", rs.getString(1))).isEqualTo(PLAIN);
                assertThat(rs.getBoolean(2)).isFalse();
            }
        }
    }
}
