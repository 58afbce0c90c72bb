package vn.lienthong.axis.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds packages in the ledger for the console: by DocumentId or axis id, by sending or receiving agency, by
 * day (Vietnam time), kind and a copy's state; newest first, one page at a time by keyset ({@link Cursor}),
 * so a page costs the same at package 10 million as at package 1 (indexes of V19; by agency, a union of the
 * sender's packages and the recipients' copies, each an index range scan limited to the page, V26).
 */
@Repository
public class PackageSearch {
    private static final int MAX_AGENCIES = 200;
    private static final String SELECT = "select p.axis_id, p.kind, p.from_code, p.document_id, p.subject, p.received_at";
    private final JdbcClient jdbc;
    private final AgencyNames agencies;

    public PackageSearch(JdbcClient jdbc, AgencyNames agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    public record Filter(String id, String agency, LocalDate from, LocalDate to, String kind, String state,
                         Cursor after, int limit) {}

    /** The last row of the previous page. */
    public record Cursor(OffsetDateTime receivedAt, String axisId) {
        public String token() {
            return receivedAt.toInstant() + "~" + axisId;
        }

        public static Cursor parse(String token) {
            if (token == null || !token.contains("~")) {
                return null;
            }
            int i = token.indexOf('~');
            return new Cursor(OffsetDateTime.parse(token.substring(0, i)), token.substring(i + 1));
        }
    }

    public record Row(String axisId, String kind, String from, String documentId, String subject,
                      OffsetDateTime receivedAt) {}

    public record Page(List<Row> rows, Cursor next) {}

    public Page search(Filter f) {
        int limit = Math.max(1, Math.min(f.limit(), 200));
        String page = " fetch first " + (limit + 1) + " rows only";
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (!present(f.agency())) {
            sql.append(SELECT).append(" from package p where 1 = 1").append(packageConditions(f, params))
               .append(timeConditions(f, "p.received_at", "p.axis_id", params))
               .append(" order by p.received_at desc, p.axis_id desc").append(page);
        } else {
            List<String> codes = agencies.codesMatching(f.agency(), MAX_AGENCIES);
            if (codes.isEmpty()) {
                return new Page(List.of(), null);
            }
            // one branch per index, each an index range limited to the page: the sender's packages on
            // package_sender, the recipients' copies on delivery_recipient_created (a copy's created_at is its
            // package's received_at); the copies' branch joins package only for a filter on the package, and the
            // union is cut to the page before the packages are read (docs/benchmarks.md, 10 million packages)
            String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
            sql.append(SELECT).append(" from package p where p.axis_id in (select axis_id from (")
               .append("(select p.axis_id, p.received_at from package p where p.from_code in (").append(in).append(')');
            params.addAll(codes);
            sql.append(packageConditions(f, params)).append(timeConditions(f, "p.received_at", "p.axis_id", params))
               .append(" order by p.received_at desc, p.axis_id desc").append(page).append(')')
               .append(" union (select distinct d.axis_id, d.created_at from delivery d");
            List<Object> onPackage = new ArrayList<>();
            String packageOnly = packageConditions(f, onPackage);
            if (!packageOnly.isEmpty()) {
                sql.append(" join package p on p.axis_id = d.axis_id");
            }
            sql.append(" where d.recipient_code in (").append(in).append(')').append(packageOnly);
            params.addAll(codes);
            params.addAll(onPackage);
            sql.append(timeConditions(f, "d.created_at", "d.axis_id", params))
               .append(" order by d.created_at desc, d.axis_id desc").append(page).append(")) k")
               .append(" order by k.received_at desc, k.axis_id desc").append(page)
               .append(") order by p.received_at desc, p.axis_id desc").append(page);
        }
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class))).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        Row last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new Cursor(last.receivedAt(), last.axisId()));
    }

    /** The filters on the package {@code p} itself: DocumentId or axis id, kind, a copy's state. */
    private static String packageConditions(Filter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (present(f.id())) {
            sql.append(" and (p.document_id = ? or p.axis_id = ?)");
            params.addAll(List.of(f.id().trim(), f.id().trim()));
        }
        if (present(f.kind())) {
            sql.append(" and p.kind = ?");
            params.add(f.kind().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(f.state())) {
            sql.append(" and exists (select 1 from delivery s where s.axis_id = p.axis_id and s.state = ?)");
            params.add(f.state().trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        return sql.toString();
    }

    /**
     * The date range and the cursor on {@code time} (with {@code id} breaking ties); the cursor is also a range
     * bound ({@code time <= ?}), so the index range starts at the page instead of the newest row.
     */
    private static String timeConditions(Filter f, String time, String id, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.from() != null) {
            sql.append(" and ").append(time).append(" >= ?");
            params.add(f.from().atStartOfDay(AuditQuery.VIETNAM).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and ").append(time).append(" < ?");
            params.add(f.to().plusDays(1).atStartOfDay(AuditQuery.VIETNAM).toOffsetDateTime());
        }
        if (f.after() != null) {
            OffsetDateTime at = f.after().receivedAt();
            sql.append(" and ").append(time).append(" <= ? and (").append(time).append(" < ? or (").append(time)
               .append(" = ? and ").append(id).append(" < ?))");
            params.addAll(List.of(at, at, at, f.after().axisId()));
        }
        return sql.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
