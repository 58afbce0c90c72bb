package vn.lienthong.axis.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies in the database. */
@Repository
public class AgencyRepository {
    static final String COLUMNS =
            "code, name, parent_code, local_agency, mode, endpoint, signature_policy, status";
    private final JdbcClient jdbc;
    private final DirectoryIndex index;

    public AgencyRepository(JdbcClient jdbc, DirectoryIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    public Optional<Agency> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agency where code = ?")
                .param(code).query(AgencyRepository::map).optional();
    }

    /** The agency for {@code code}, following a renamed code (alias) to its successor. */
    public Optional<Agency> findResolvingAlias(String code) {
        Optional<Agency> direct = find(code);
        if (direct.isPresent()) {
            return direct;
        }
        return jdbc.sql("select new_code from agency_alias where old_code = ?").param(code)
                .query(String.class).optional().flatMap(this::find);
    }

    /** Agencies whose code or name contains {@code q} (case-insensitive), ordered by code; 1 to 500 of them. */
    public List<Agency> search(String q, int limit) {
        limit = Math.max(1, Math.min(limit, 500));
        String like = "%" + (q == null ? "" : q.toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql("select " + COLUMNS + " from agency where lower(code) like ? or lower(name) like ?"
                        + " order by code fetch first " + limit + " rows only")
                .param(like).param(like).query(AgencyRepository::map).list();
    }

    /** Inserts or updates the agency; {@code source} says who owns the row (config, admin, sync). */
    public void upsert(Agency a, String source) {
        String status = a.active() ? "active" : "suspended";
        // only a real change is written and moves the directory version: an hourly sync of an unchanged
        // national directory must not make every node reload its routing index (ADR 030)
        int updated = jdbc.sql("update agency set name = ?, parent_code = ?, local_agency = ?, mode = ?, endpoint = ?,"
                        + " signature_policy = ?, status = ?, source = ?, updated_at = current_timestamp where code = ?"
                        + " and (name is distinct from ? or parent_code is distinct from ? or local_agency is distinct"
                        + " from ? or mode is distinct from ? or endpoint is distinct from ? or signature_policy is"
                        + " distinct from ? or status is distinct from ? or source is distinct from ?)")
                .params(a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                        a.signaturePolicy().wireName(), status, source, a.code(),
                        a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                        a.signaturePolicy().wireName(), status, source)
                .update();
        if (updated == 0) {
            boolean known = jdbc.sql("select count(*) from agency where code = ?").param(a.code())
                    .query(Integer.class).single() > 0;
            if (known) {
                return;
            }
            try {
                jdbc.sql("insert into agency (" + COLUMNS + ", source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                                a.signaturePolicy().wireName(), status, source)
                        .update();
            } catch (DuplicateKeyException raced) {
                // another node inserted it since the check (two nodes loading one directory at first boot)
                upsert(a, source);
                return;
            }
        }
        index.recordChange(DirectoryIndex.Kind.AGENCY, a.code());
    }

    /** Registers a signing certificate for the agency (ignored if already registered). */
    public void addCertificate(String code, String sha256Fingerprint, String subjectDn,
                               java.time.OffsetDateTime notAfter, String pem) {
        int known = jdbc.sql("select count(*) from agency_certificate where agency_code = ? and sha256_fingerprint = ?")
                .params(code, sha256Fingerprint).query(Integer.class).single();
        if (known == 0) {
            try {
                jdbc.sql("insert into agency_certificate (agency_code, sha256_fingerprint, subject_dn, not_after, pem)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(code, sha256Fingerprint, subjectDn, notAfter, pem).update();
            } catch (DuplicateKeyException raced) {
                // registered by another node since the check: what this call wanted
            }
        }
    }

    /** SHA-256 fingerprints of the agency's registered signing certificates. */
    public List<String> certificateFingerprints(String code) {
        return jdbc.sql("select sha256_fingerprint from agency_certificate where agency_code = ? order by id")
                .param(code).query(String.class).list();
    }

    /** Who owns the row (config, admin, sync), if the agency exists. */
    public Optional<String> source(String code) {
        return jdbc.sql("select source from agency where code = ?").param(code).query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from agency").query(Long.class).single();
    }

    static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                rs.getBoolean("local_agency"), DeliveryMode.fromWire(rs.getString("mode")), rs.getString("endpoint"),
                SignaturePolicy.fromWire(rs.getString("signature_policy")), "active".equals(rs.getString("status")));
    }
}
