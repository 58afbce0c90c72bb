package vn.lienthong.axis.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One loaded state of {@code agency}, {@code agency_alias} and {@code route_rule} at a directory version,
 * never modified (ADR 030): read whole, or derived from an earlier one by re-reading only the rows that the
 * versions in between changed.
 */
record DirectorySnapshot(long version, Map<String, Agency> agencies, Map<String, String> aliases,
                         Map<String, RouteRule> rules, Rules ruleIndex) {
    /** Rows re-read per query when applying changes. */
    private static final int CHUNK = 500;

    /** A row named by a version's change: which table, and its key there. */
    record Change(DirectoryIndex.Kind kind, String key) {}

    /** Reads the three tables whole. */
    static DirectorySnapshot load(JdbcClient jdbc, long version) {
        Map<String, Agency> agencies = new HashMap<>();
        // list(): JdbcClient's stream() holds the connection
        jdbc.sql("select " + AgencyRepository.COLUMNS + " from agency").query(AgencyRepository::map).list()
                .forEach(a -> agencies.put(a.code(), a));
        Map<String, String> aliases = new HashMap<>();
        jdbc.sql("select old_code, new_code from agency_alias").query(DirectorySnapshot::alias).list()
                .forEach(a -> aliases.put(a[0], a[1]));
        Map<String, RouteRule> rules = new HashMap<>();
        jdbc.sql("select pattern, target from route_rule").query(DirectorySnapshot::rule).list()
                .forEach(r -> rules.put(r.pattern(), r));
        return of(version, agencies, aliases, rules);
    }

    /** The state at {@code version}: this one with the rows named by {@code changes} read again. */
    DirectorySnapshot apply(JdbcClient jdbc, long version, List<Change> changes) {
        Map<DirectoryIndex.Kind, Set<String>> keys = new HashMap<>();
        changes.forEach(c -> keys.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.key()));
        Set<String> agencyKeys = keys.getOrDefault(DirectoryIndex.Kind.AGENCY, Set.of());
        Set<String> aliasKeys = keys.getOrDefault(DirectoryIndex.Kind.ALIAS, Set.of());
        Set<String> ruleKeys = keys.getOrDefault(DirectoryIndex.Kind.RULE, Set.of());
        Map<String, Agency> agencies = agencyKeys.isEmpty() ? agencies() : reread(jdbc, agencies(), agencyKeys,
                "select " + AgencyRepository.COLUMNS + " from agency where code", AgencyRepository::map, Agency::code,
                Function.identity());
        Map<String, String> aliases = aliasKeys.isEmpty() ? aliases() : reread(jdbc, aliases(), aliasKeys,
                "select old_code, new_code from agency_alias where old_code", DirectorySnapshot::alias, a -> a[0],
                a -> a[1]);
        if (ruleKeys.isEmpty()) {
            return new DirectorySnapshot(version, agencies, aliases, rules(), ruleIndex());
        }
        Map<String, RouteRule> rules = reread(jdbc, rules(), ruleKeys, "select pattern, target from route_rule"
                + " where pattern", DirectorySnapshot::rule, RouteRule::pattern, Function.identity());
        return new DirectorySnapshot(version, agencies, aliases, rules, Rules.of(rules.values()));
    }

    /** A copy of {@code current} where each of {@code keys} holds its row as read now, or nothing if it is gone. */
    private static <R, V> Map<String, V> reread(JdbcClient jdbc, Map<String, V> current, Collection<String> keys,
                                                String selectWhereKey, RowMapper<R> mapper,
                                                Function<R, String> keyOf, Function<R, V> valueOf) {
        Map<String, V> next = new HashMap<>(current);
        keys.forEach(next::remove);
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql(selectWhereKey + " in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(chunk).query(mapper).list().forEach(r -> next.put(keyOf.apply(r), valueOf.apply(r)));
        }
        return Collections.unmodifiableMap(next);
    }

    private static DirectorySnapshot of(long version, Map<String, Agency> agencies, Map<String, String> aliases,
                                        Map<String, RouteRule> rules) {
        return new DirectorySnapshot(version, Collections.unmodifiableMap(agencies),
                Collections.unmodifiableMap(aliases), Collections.unmodifiableMap(rules), Rules.of(rules.values()));
    }

    private static String[] alias(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new String[] {rs.getString(1), rs.getString(2)};
    }

    private static RouteRule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RouteRule(rs.getString(1), rs.getString(2));
    }

    /**
     * The route rules indexed for lookup: exact rules in a hash map, wildcard rules grouped by their literal
     * prefix (the text before the first {@code *}) with the pattern compiled once.
     */
    record Rules(Map<String, RouteRule> exact, Map<String, List<Wildcard>> wildcardsByPrefix, int[] prefixLengths) {
        private static final Comparator<Wildcard> MOST_SPECIFIC = Comparator.comparingInt(Wildcard::specificity)
                .thenComparing(w -> w.rule().pattern(), Comparator.reverseOrder());

        static Rules of(Collection<RouteRule> rules) {
            Map<String, RouteRule> exact = new HashMap<>();
            Map<String, List<Wildcard>> byPrefix = new HashMap<>();
            TreeSet<Integer> lengths = new TreeSet<>();
            for (RouteRule r : rules) {
                if (r.exact()) {
                    exact.put(r.pattern(), r);
                    continue;
                }
                String prefix = r.pattern().substring(0, r.pattern().indexOf('*'));
                byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new Wildcard(r, r.regex(),
                        r.specificity(), r.pattern().substring(r.pattern().lastIndexOf('*') + 1)));
                lengths.add(prefix.length());
            }
            return new Rules(Map.copyOf(exact), Map.copyOf(byPrefix),
                    lengths.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The most specific rule matching the normalised {@code code}: an exact rule, else the best wildcard. */
        Optional<RouteRule> ruleFor(String code) {
            RouteRule exactRule = exact.get(code);
            if (exactRule != null) {
                return Optional.of(exactRule);
            }
            Wildcard best = null;
            for (int length : prefixLengths) {
                if (length > code.length()) {
                    break;
                }
                List<Wildcard> candidates = wildcardsByPrefix.get(code.substring(0, length));
                if (candidates == null) {
                    continue;
                }
                for (Wildcard w : candidates) {
                    if ((best == null || MOST_SPECIFIC.compare(w, best) > 0) && w.matches(code)) {
                        best = w;
                    }
                }
            }
            return best == null ? Optional.empty() : Optional.of(best.rule());
        }
    }

    /** A wildcard rule with its pattern compiled once, and its literal tail checked before the regex. */
    record Wildcard(RouteRule rule, Pattern regex, int specificity, String suffix) {
        boolean matches(String code) {
            return code.endsWith(suffix) && regex.matcher(code).matches();
        }
    }
}
