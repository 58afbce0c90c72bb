package vn.lienthong.axis.directory;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Certificate rollover without downtime: an agency's successor certificate is added beside the old one (both
 * are accepted during the overlap), the old one is retired on a chosen date ({@link DirectorySignerRegistry}
 * stops accepting it then) or removed; trust anchors added at run time can be removed.
 */
@Repository
public class CertificateRollover {
    private final JdbcClient jdbc;

    public CertificateRollover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets (or with null clears) the retirement time; false if the agency has no such certificate. */
    public boolean retire(String agency, String sha256, OffsetDateTime at) {
        return jdbc.sql("update agency_certificate set retire_at = ? where agency_code = ? and sha256_fingerprint = ?")
                .params(at, agency, sha256).update() == 1;
    }

    public boolean remove(String agency, String sha256) {
        return jdbc.sql("delete from agency_certificate where agency_code = ? and sha256_fingerprint = ?")
                .params(agency, sha256).update() == 1;
    }

    /** Removes a trust anchor stored through the admin API; false if there is none of that fingerprint. */
    public boolean removeTrustAnchor(String sha256) {
        return jdbc.sql("delete from trust_anchor where sha256_fingerprint = ?").param(sha256).update() == 1;
    }
}
