package vn.lienthong.axis.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies in the database. */
@Repository
public class AgencyRepository {
    private static final String COLUMNS =
            "code, name, parent_code, local_agency, mode, endpoint, signature_policy, status";
    private final JdbcClient jdbc;

    public AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agency where code = ?")
                .param(code).query(AgencyRepository::map).optional();
    }

    /** Agencies whose code or name contains {@code q} (case-insensitive), ordered by code. */
    public List<Agency> search(String q, int limit) {
        String like = "%" + (q == null ? "" : q.toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql("select " + COLUMNS + " from agency where lower(code) like ? or lower(name) like ?"
                        + " order by code fetch first " + limit + " rows only")
                .param(like).param(like).query(AgencyRepository::map).list();
    }

    /** Inserts or updates the agency; {@code source} says who owns the row (config, admin, sync). */
    public void upsert(Agency a, String source) {
        int updated = jdbc.sql("update agency set name = ?, parent_code = ?, local_agency = ?, mode = ?, endpoint = ?,"
                        + " signature_policy = ?, status = ?, source = ?, updated_at = current_timestamp where code = ?")
                .params(a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                        a.signaturePolicy().wireName(), a.active() ? "active" : "suspended", source, a.code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into agency (" + COLUMNS + ", source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                            a.signaturePolicy().wireName(), a.active() ? "active" : "suspended", source)
                    .update();
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from agency").query(Long.class).single();
    }

    private static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                rs.getBoolean("local_agency"), DeliveryMode.fromWire(rs.getString("mode")), rs.getString("endpoint"),
                SignaturePolicy.fromWire(rs.getString("signature_policy")), "active".equals(rs.getString("status")));
    }
}
