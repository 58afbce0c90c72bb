package vn.lienthong.axis.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Route rules and code aliases (mã cũ → mã kế thừa, QĐ 09/2025 closes the codes of merged
 * provinces). Rules are consulted for codes that are not agencies in the directory, most specific first.
 */
@Repository
public class RoutingDirectory {
    /** An alias: packages addressed to {@code oldCode} go to {@code newCode}. */
    public record Alias(String oldCode, String newCode, String reason) {}

    private final JdbcClient jdbc;
    private final DirectoryIndex index;

    public RoutingDirectory(JdbcClient jdbc, DirectoryIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    public List<RouteRule> rules() {
        return jdbc.sql("select pattern, target from route_rule order by pattern")
                .query((rs, n) -> new RouteRule(rs.getString(1), rs.getString(2))).list();
    }

    /** The most specific rule matching {@code code}, if any (from the {@link DirectoryIndex}). */
    public Optional<RouteRule> ruleFor(String code) {
        return index.ruleFor(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Adds or replaces the rule for its pattern. */
    public void putRule(RouteRule rule, String source) {
        int updated = jdbc.sql("update route_rule set target = ?, source = ? where pattern = ?")
                .params(rule.target(), source, rule.pattern()).update();
        if (updated == 0) {
            jdbc.sql("insert into route_rule (pattern, target, source) values (?, ?, ?)")
                    .params(rule.pattern(), rule.target(), source).update();
        }
        index.recordChange(DirectoryIndex.Kind.RULE, rule.pattern());
    }

    public boolean deleteRule(String pattern) {
        String key = pattern.trim().toUpperCase(Locale.ROOT);
        return changed(jdbc.sql("delete from route_rule where pattern = ?").param(key).update() == 1,
                DirectoryIndex.Kind.RULE, key);
    }

    public List<Alias> aliases() {
        return jdbc.sql("select old_code, new_code, reason from agency_alias order by old_code")
                .query((rs, n) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The successor of a retired code, following chains of renames (at most 10 steps; the {@link DirectoryIndex}). */
    public Optional<String> successorOf(String code) {
        return index.successorOf(code);
    }

    public void putAlias(Alias a) {
        int updated = jdbc.sql("update agency_alias set new_code = ?, reason = ? where old_code = ?")
                .params(a.newCode(), a.reason(), a.oldCode()).update();
        if (updated == 0) {
            jdbc.sql("insert into agency_alias (old_code, new_code, reason) values (?, ?, ?)")
                    .params(a.oldCode(), a.newCode(), a.reason()).update();
        }
        index.recordChange(DirectoryIndex.Kind.ALIAS, a.oldCode());
    }

    public boolean deleteAlias(String oldCode) {
        String key = oldCode.trim().toUpperCase(Locale.ROOT);
        return changed(jdbc.sql("delete from agency_alias where old_code = ?").param(key).update() == 1,
                DirectoryIndex.Kind.ALIAS, key);
    }

    private boolean changed(boolean deleted, DirectoryIndex.Kind kind, String key) {
        if (deleted) {
            index.recordChange(kind, key);
        }
        return deleted;
    }
}
