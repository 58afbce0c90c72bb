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
 * so a page costs the same at package 10 million as at package 1 (indexes of V19).
 */
@Repository
public class PackageSearch {
    private static final int MAX_AGENCIES = 200;
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
        StringBuilder sql = new StringBuilder("select axis_id, kind, from_code, document_id, subject, received_at"
                + " from package p where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (present(f.id())) {
            sql.append(" and (document_id = ? or axis_id = ?)");
            params.addAll(List.of(f.id().trim(), f.id().trim()));
        }
        if (present(f.agency())) {
            List<String> codes = agencies.codesMatching(f.agency(), MAX_AGENCIES);
            if (codes.isEmpty()) {
                return new Page(List.of(), null);
            }
            String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
            sql.append(" and (from_code in (").append(in).append(") or exists (select 1 from delivery d where")
               .append(" d.axis_id = p.axis_id and d.recipient_code in (").append(in).append(")))");
            params.addAll(codes);
            params.addAll(codes);
        }
        if (present(f.kind())) {
            sql.append(" and kind = ?");
            params.add(f.kind().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(f.state())) {
            sql.append(" and exists (select 1 from delivery d where d.axis_id = p.axis_id and d.state = ?)");
            params.add(f.state().trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        if (f.from() != null) {
            sql.append(" and received_at >= ?");
            params.add(f.from().atStartOfDay(AuditQuery.VIETNAM).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and received_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(AuditQuery.VIETNAM).toOffsetDateTime());
        }
        if (f.after() != null) {
            sql.append(" and (received_at < ? or (received_at = ? and axis_id < ?))");
            params.addAll(List.of(f.after().receivedAt(), f.after().receivedAt(), f.after().axisId()));
        }
        int limit = Math.max(1, Math.min(f.limit(), 200));
        sql.append(" order by received_at desc, axis_id desc fetch first ").append(limit + 1).append(" rows only");
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class))).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        Row last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new Cursor(last.receivedAt(), last.axisId()));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
