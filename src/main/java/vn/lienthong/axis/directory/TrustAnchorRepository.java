package vn.lienthong.axis.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.RevocationPolicy;

/** Trust anchors added through the admin API ({@code trust_anchor}). */
@Repository
public class TrustAnchorRepository {
    private final JdbcClient jdbc;

    public TrustAnchorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored anchor. */
    public record StoredAnchor(X509Certificate certificate, RevocationPolicy revocation) {}

    public void add(X509Certificate cert, RevocationPolicy revocation, String pem, String addedBy) {
        jdbc.sql("insert into trust_anchor (sha256_fingerprint, subject_dn, not_after, revocation, pem, added_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(Certificates.sha256(cert), cert.getSubjectX500Principal().getName(),
                        cert.getNotAfter().toInstant().atOffset(ZoneOffset.UTC), revocation.name(), pem, addedBy)
                .update();
    }

    public boolean exists(X509Certificate cert) {
        return jdbc.sql("select count(*) from trust_anchor where sha256_fingerprint = ?")
                .param(Certificates.sha256(cert)).query(Long.class).single() > 0;
    }

    /** What {@link #all()} would return, in short (fingerprints and policies): changes when an anchor is added. */
    public String version() {
        return String.join(",", jdbc.sql("select sha256_fingerprint, revocation from trust_anchor"
                + " order by sha256_fingerprint").query((rs, i) -> rs.getString(1) + ":" + rs.getString(2)).list());
    }

    public List<StoredAnchor> all() {
        return jdbc.sql("select pem, revocation from trust_anchor order by created_at")
                .query((rs, i) -> new StoredAnchor(parse(rs.getString("pem")),
                        RevocationPolicy.valueOf(rs.getString("revocation"))))
                .list();
    }

    /** Parses one PEM certificate; refuses anything else with BAD_REQUEST naming the field. */
    public static X509Certificate parse(String pem) {
        try {
            var certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (certs.size() != 1) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "pem must hold exactly one certificate", "pem");
            }
            return (X509Certificate) certs.iterator().next();
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof AxisException ae) {
                throw ae;
            }
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "pem is not a PEM certificate: " + e.getMessage(), "pem");
        }
    }
}
