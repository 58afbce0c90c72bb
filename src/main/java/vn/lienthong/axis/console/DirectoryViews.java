package vn.lienthong.axis.console;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read views of the directory the admin API does not list: an agency's certificates with days left, client systems. */
@Repository
public class DirectoryViews {
    private final JdbcClient jdbc;

    public DirectoryViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Certificate(String sha256, String subject, OffsetDateTime notAfter, Long daysLeft,
                              OffsetDateTime retireAt) {}

    public record Client(String id, String name, String agencies, String vxpSystemId, boolean certificate,
                         OffsetDateTime createdAt, OffsetDateTime revokedAt) {}

    public List<Certificate> certificatesOf(String agency) {
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("select sha256_fingerprint, subject_dn, not_after, retire_at from agency_certificate"
                        + " where agency_code = ?"
                        + " order by not_after").param(agency)
                .query((rs, n) -> {
                    OffsetDateTime notAfter = rs.getObject(3, OffsetDateTime.class);
                    return new Certificate(rs.getString(1), rs.getString(2), notAfter,
                            notAfter == null ? null : ChronoUnit.DAYS.between(now, notAfter),
                            rs.getObject(4, OffsetDateTime.class));
                }).list();
    }

    /** Every client system, active first, newest first; agencies comma-separated. */
    public List<Client> clients() {
        return jdbc.sql("select c.id, c.name, c.vxp_system_id, c.cert_fingerprint, c.created_at, c.revoked_at"
                        + " from client_system c order by case when c.revoked_at is null then 0 else 1 end,"
                        + " c.created_at desc")
                .query((rs, n) -> new Client(rs.getString(1), rs.getString(2), agenciesOf(rs.getString(1)),
                        rs.getString(3), rs.getString(4) != null, rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class))).list();
    }

    private String agenciesOf(String clientId) {
        return String.join(", ", jdbc.sql("select agency_code from client_agency where client_id = ? order by agency_code")
                .param(clientId).query(String.class).list());
    }
}
