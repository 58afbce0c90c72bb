package vn.lienthong.axis.console;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.DirectoryIndex;

/**
 * Finds agencies by code or by name, Vietnamese with or without diacritics ("So Noi vu" finds "Sở Nội vụ").
 * Codes and names are read and folded once per version of the directory ({@link DirectoryIndex#version}), not
 * per search: reading and folding 100,000 agencies cost more than the console's 50 ms per search
 * (docs/benchmarks.md, "National scale").
 */
@Component
public class AgencyNames {
    /** Code, folded code, folded name of every agency, ordered by code, as of one directory version. */
    private record Folded(long version, List<String[]> rows) {}

    private final JdbcClient jdbc;
    private final DirectoryIndex directory;
    private volatile Folded folded;

    public AgencyNames(JdbcClient jdbc, DirectoryIndex directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Codes of the agencies whose code equals, or whose name contains, {@code q}; at most {@code limit}. */
    public List<String> codesMatching(String q, int limit) {
        String wanted = fold(q);
        return rows().stream().filter(a -> a[1].equals(wanted) || a[2].contains(wanted))
                .map(a -> a[0]).limit(limit).toList();
    }

    private List<String[]> rows() {
        long version = directory.version();
        Folded f = folded;
        if (f == null || f.version() != version) {
            f = new Folded(version, jdbc.sql("select code, name from agency order by code")
                    .query((rs, n) -> new String[] {rs.getString(1), fold(rs.getString(1)), fold(rs.getString(2))})
                    .list());
            folded = f;
        }
        return f.rows();
    }

    /** Lower case without diacritics; đ becomes d. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
