package vn.lienthong.axis.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the console's overview, counted from the ledger, the audit log and the directory. */
@Repository
public class OverviewFigures {
    private final JdbcClient jdbc;

    public OverviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ExpiringCertificate(String agency, String subject, OffsetDateTime notAfter, long daysLeft) {}

    /** Packages accepted since the start of today (Vietnam time) and since the start of this hour. */
    public long[] packagesTodayAndThisHour(OffsetDateTime now) {
        OffsetDateTime day = LocalDate.ofInstant(now.toInstant(), AuditQuery.VIETNAM).atStartOfDay(AuditQuery.VIETNAM)
                .toOffsetDateTime();
        OffsetDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        return new long[] {count("select count(*) from package where received_at >= ?", day),
                count("select count(*) from package where received_at >= ?", hour)};
    }

    /** Copies per state (wire names), largest first. */
    public Map<String, Long> deliveriesByState() {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("select state, count(*) from delivery group by state order by count(*) desc")
                .query((rs, n) -> m.put(rs.getString(1).toLowerCase(Locale.ROOT).replace('_', '-'), rs.getLong(2)))
                .list();
        return m;
    }

    /** Refused packages since {@code since}, per error code (the audit log's "CODE: detail"). */
    public Map<String, Long> refusalsByCode(OffsetDateTime since) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("select detail from audit_log where action = 'package-refused' and at >= ?").param(since)
                .query(String.class).list()
                .forEach(d -> m.merge(d == null || !d.contains(":") ? "?" : d.substring(0, d.indexOf(':')), 1L, Long::sum));
        return m;
    }

    /** Agency signing certificates that expire within {@code days}, soonest first (expired ones included). */
    public List<ExpiringCertificate> certificatesExpiring(OffsetDateTime now, int days) {
        return jdbc.sql("select agency_code, subject_dn, not_after from agency_certificate where not_after < ?"
                        + " order by not_after").param(now.plusDays(days))
                .query((rs, n) -> {
                    OffsetDateTime notAfter = rs.getObject(3, OffsetDateTime.class);
                    return new ExpiringCertificate(rs.getString(1), rs.getString(2), notAfter,
                            ChronoUnit.DAYS.between(now, notAfter));
                }).list();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
