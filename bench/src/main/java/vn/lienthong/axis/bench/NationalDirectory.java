package vn.lienthong.axis.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;

/**
 * A national-size directory: {@code n} agencies (local pull units), {@code n} aliases (a retired code per
 * agency, QĐ 09/2025 style) and {@code n} route rules ({@code n - WILDCARDS} exact codes of other axes and
 * {@link #WILDCARDS} wildcard patterns, a few of them suffix-only), in the columns the axis's own writers fill. Codes are valid mã định
 * danh shapes: {@code AAA.BB.CC.Hnn} (agencies), {@code AAA.BB.CC.Knn} (retired), {@code AAA.BB.CC.Gnn} (rules).
 */
final class NationalDirectory {
    static final int WILDCARDS = 1_000;
    /** Of the wildcards, those that are only a suffix ({@code *.Vnn}): every lookup that reaches the rules sees them. */
    static final int SUFFIX_RULES = 20;

    private NationalDirectory() {}

    static String agency(int i) {
        return code(i, 'H');
    }

    static String retired(int i) {
        return code(i, 'K');
    }

    /** A code with an exact route rule. */
    static String ruled(int i) {
        return code(i, 'G');
    }

    /** A code no exact rule names, reached through a wildcard rule ({@code AAA.BB.*.Wnn}). */
    static String wildcarded(int i) {
        int j = i % WILDCARDS;
        return String.format("%03d.%02d.%02d.W%02d", j / 100 % 1000, j % 100, i % 100, 1 + j % 63);
    }

    private static String code(int i, char letter) {
        return String.format("%03d.%02d.%02d.%c%02d", i / 10_000 % 1000, i / 100 % 100, i % 100, letter, 1 + i % 63);
    }

    /** Loads the directory: PostgreSQL COPY when the connection is PostgreSQL's, else JDBC batches. */
    static void load(Connection db, int n) throws SQLException, IOException {
        boolean pg = db.isWrapperFor(PGConnection.class);
        db.setAutoCommit(false);
        rows(db, pg, "agency (code, name, parent_code, local_agency, mode, endpoint, signature_policy, status, source)",
                n, 9, i -> new String[] {agency(i), "Đơn vị " + agency(i), null, "true", "pull", null, "required",
                        "active", "admin"});
        rows(db, pg, "agency_alias (old_code, new_code, reason)", n, 3,
                i -> new String[] {retired(i), agency(i), "sáp nhập (bench)"});
        rows(db, pg, "route_rule (pattern, target, source)", n, 3, i -> i < SUFFIX_RULES
                ? new String[] {String.format("*.V%02d", i), "upstream", "admin"}
                : i < WILDCARDS
                ? new String[] {String.format("%03d.%02d.*.W%02d", i / 100 % 1000, i % 100, 1 + i % 63),
                        "peer:p" + i % 7, "admin"}
                : new String[] {ruled(i), i % 2 == 0 ? "upstream" : "peer:p" + i % 7, "admin"});
        db.commit(); // an index built after this loads it whole (the scale scenario loads before V25's version row)
        db.setAutoCommit(true);
    }

    private static void rows(Connection db, boolean pg, String table, int n, int columns, IntFunction<String[]> row)
            throws SQLException, IOException {
        if (pg) {
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String[] r = row.apply(i);
                for (int c = 0; c < columns; c++) {
                    csv.append(c == 0 ? "" : "\t").append(r[c] == null ? "\\N" : r[c]);
                }
                csv.append('\n');
            }
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin",
                    new StringReader(csv.toString()));
            return;
        }
        String marks = "?" + ",?".repeat(columns - 1);
        try (PreparedStatement insert = db.prepareStatement("insert into " + table + " values (" + marks + ")")) {
            for (int i = 0; i < n; i++) {
                String[] r = row.apply(i);
                for (int c = 0; c < columns; c++) {
                    insert.setString(c + 1, r[c]);
                }
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
