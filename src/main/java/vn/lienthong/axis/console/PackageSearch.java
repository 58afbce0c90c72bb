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
 * sender's packages and the recipients' copies, each an index range scan limited to the page, V26; measured at
 * 10 million packages in docs/benchmarks.md).
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
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" from package p where ");
        if (!present(f.agency())) {
            sql.append("1 = 1").append(filters(f, params)).append(period(f, "p.received_at", "p.axis_id", params));
        } else {
            List<String> codes = agencies.codesMatching(f.agency(), MAX_AGENCIES);
            if (codes.isEmpty()) {
                return new Page(List.of(), null);
            }
            sql.append("p.axis_id in (").append(byAgency(f, codes, page, params)).append(')');
        }
        sql.append(" order by p.received_at desc, p.axis_id desc").append(page);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class))).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        Row last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new Cursor(last.receivedAt(), last.axisId()));
    }

    /**
     * The page's axis ids: one branch per index, each limited to the page — the sender's packages on
     * package_sender, the recipients' copies on delivery_recipient_created (a copy's created_at is its package's
     * received_at, so the copies' branch reads delivery alone unless a filter needs the package) — cut to the page
     * before any package row is read (docs/benchmarks.md, "Console search at 10 million packages").
     */
    private static String byAgency(Filter f, List<String> codes, String page, List<Object> params) {
        String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
        StringBuilder sql = new StringBuilder("select axis_id from ((select p.axis_id, p.received_at from package p")
                .append(" where p.from_code in (").append(in).append(')');
        params.addAll(codes);
        sql.append(filters(f, params)).append(period(f, "p.received_at", "p.axis_id", params))
           .append(" order by p.received_at desc, p.axis_id desc").append(page).append(')');
        List<Object> packageFilters = new ArrayList<>();
        String onPackage = filters(f, packageFilters);
        sql.append(" union (select distinct d.axis_id, d.created_at from delivery d")
           .append(onPackage.isEmpty() ? "" : " join package p on p.axis_id = d.axis_id")
           .append(" where d.recipient_code in (").append(in).append(')');
        params.addAll(codes);
        sql.append(period(f, "d.created_at", "d.axis_id", params)).append(onPackage)
           .append(" order by d.created_at desc, d.axis_id desc").append(page).append(')');
        params.addAll(packageFilters);
        return sql.append(") k order by k.received_at desc, k.axis_id desc").append(page).toString();
    }

    /** The filters on package {@code p} other than the agency and the dates: id, kind, a copy's state. */
    private static String filters(Filter f, List<Object> params) {
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
     * The date range and the cursor on {@code time} (a package's received_at or its copy's created_at, the same
     * instant); the cursor also as a bound ({@code time <= ?}) so the index range starts there instead of the
     * newest row (a deep page of a hot agency walked its whole newer history: 0.7-2 s at 10 million packages).
     */
    private static String period(Filter f, String time, String id, List<Object> params) {
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
            sql.append(" and ").append(time).append(" <= ? and (").append(time).append(" < ? or (").append(time)
               .append(" = ? and ").append(id).append(" < ?))");
            OffsetDateTime at = f.after().receivedAt();
            params.addAll(List.of(at, at, at, f.after().axisId()));
        }
        return sql.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
