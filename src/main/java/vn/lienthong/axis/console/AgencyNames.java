package vn.lienthong.axis.console;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds agencies by code or by name, Vietnamese with or without diacritics ("So Noi vu" finds "Sở Nội vụ").
 * The directory holds a few thousand agencies: matched in memory, one query per search.
 */
@Component
public class AgencyNames {
    private final JdbcClient jdbc;

    public AgencyNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes of the agencies whose code equals, or whose name contains, {@code q}; at most {@code limit}. */
    public List<String> codesMatching(String q, int limit) {
        String wanted = fold(q);
        return jdbc.sql("select code, name from agency order by code")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .filter(a -> fold(a[0]).equals(wanted) || fold(a[1]).contains(wanted))
                .map(a -> a[0]).limit(limit).toList();
    }

    /** Lower case without diacritics; đ becomes d. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
