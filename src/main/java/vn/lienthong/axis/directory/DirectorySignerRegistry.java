package vn.lienthong.axis.directory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.trust.RegisteredSigner;
import vn.lienthong.axis.trust.SignerRegistry;

/** The signing certificates registered per agency in the directory ({@code agency_certificate}), but retired ones. */
@Component
public class DirectorySignerRegistry implements SignerRegistry {
    private final JdbcClient jdbc;

    public DirectorySignerRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegisteredSigner> certificatesOf(String agencyCode) {
        return jdbc.sql("select sha256_fingerprint from agency_certificate where agency_code = ?"
                        + " and (retire_at is null or retire_at > ?)")
                .params(agencyCode, java.time.OffsetDateTime.now())
                .query((rs, i) -> RegisteredSigner.fingerprint(rs.getString(1)))
                .list();
    }
}
