package vn.lienthong.axis.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.axis.directory.AuditLog;

/**
 * Searches the audit log (written by {@link AuditLog}) by person, action, agency and date (days in Vietnam
 * time), newest first, a page at a time: {@code beforeId} continues after the last entry of the previous page.
 */
@Repository
public class AuditQuery {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;

    public AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(String person, String action, String agency, LocalDate from, LocalDate to, Long beforeId,
                         int limit) {}

    public List<AuditLog.Entry> search(Filter f) {
        StringBuilder sql = new StringBuilder("select id, at, actor, action, target, detail from audit_log where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (present(f.person())) {
            String p = f.person().trim();
            sql.append(" and (actor = ? or actor = ? or actor = ?)");
            params.addAll(List.of(p, OperatorAccount.actorOf(p), "admin:" + p));
        }
        if (present(f.action())) {
            sql.append(" and action = ?");
            params.add(f.action().trim());
        }
        if (present(f.agency())) {
            String code = f.agency().trim().toUpperCase(Locale.ROOT);
            sql.append(" and (target = ? or detail like ?)");
            params.addAll(List.of(code, "%" + code + "%"));
        }
        if (f.from() != null) {
            sql.append(" and at >= ?");
            params.add(f.from().atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        }
        if (f.beforeId() != null) {
            sql.append(" and id < ?");
            params.add(f.beforeId());
        }
        int limit = Math.max(1, Math.min(f.limit(), 500));
        sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditLog.Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    /** The actions recorded so far, for the search form. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_log order by action").query(String.class).list();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
