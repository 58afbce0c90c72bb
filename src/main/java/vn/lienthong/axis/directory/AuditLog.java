package vn.lienthong.axis.directory;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when: operator actions and refusals. */
@Repository
public class AuditLog {
    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(long id, OffsetDateTime at, String actor, String action, String target, String detail) {}

    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("insert into audit_log (actor, action, target, detail) values (?, ?, ?, ?)")
                .params(cut(actor, 200), cut(action, 100), cut(target, 300), cut(detail, 4000)).update();
    }

    public List<Entry> recent(int limit) {
        return jdbc.sql("select id, at, actor, action, target, detail from audit_log order by id desc fetch first "
                        + limit + " rows only")
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    /** The most recent entry about {@code target}. */
    public java.util.Optional<Entry> latest(String target) {
        return jdbc.sql("select id, at, actor, action, target, detail from audit_log where target = ?"
                        + " order by id desc fetch first 1 rows only").param(target)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).optional();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
