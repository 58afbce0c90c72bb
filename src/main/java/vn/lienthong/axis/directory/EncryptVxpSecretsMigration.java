package vn.lienthong.axis.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway V13 (Java, because it needs {@code axis.vxp.secret-key}): widens {@code client_system.vxp_secret}
 * for the encrypted form, encrypts every secret still stored in clear, and adds the per-client
 * {@code vxp_unsigned_agency_body} setting (registerAgency without a signed body digest, HTTPS only).
 */
public final class EncryptVxpSecretsMigration implements JavaMigration {
    private final VxpSecretCipher cipher;

    public EncryptVxpSecretsMigration(VxpSecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "encrypt vxp secrets";
    }

    @Override
    public Integer getChecksum() {
        return 13_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table client_system alter column vxp_secret set data type varchar(1000)");
            s.execute("alter table client_system add column vxp_unsigned_agency_body boolean default false not null");
        }
        Map<String, String> clear = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, vxp_secret from client_system where vxp_secret is not null")) {
            while (rs.next()) {
                if (!VxpSecretCipher.isEncrypted(rs.getString(2))) {
                    clear.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("update client_system set vxp_secret = ? where id = ?")) {
            for (Map.Entry<String, String> e : clear.entrySet()) {
                u.setString(1, cipher.encrypt(e.getKey(), e.getValue()));
                u.setString(2, e.getKey());
                u.executeUpdate();
            }
        }
    }
}
