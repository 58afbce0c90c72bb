package vn.lienthong.axis.directory;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The whole directory as other axes and DMS synchronise it: every agency, its parent, its last change. */
@Repository
public class DirectoryListing {
    private final JdbcClient jdbc;

    public DirectoryListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One agency row; {@code oldCode} is a retired code that now resolves to it, if any. */
    public record Entry(String code, String name, String parentCode, boolean local, boolean active,
                        OffsetDateTime updatedAt, String oldCode) {}

    public List<Entry> all(int limit) {
        return jdbc.sql("select a.code, a.name, a.parent_code, a.local_agency, a.status, a.updated_at,"
                        + " (select min(x.old_code) from agency_alias x where x.new_code = a.code)"
                        + " from agency a order by a.code fetch first " + Math.max(1, limit) + " rows only")
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        "active".equals(rs.getString(5)), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }
}
