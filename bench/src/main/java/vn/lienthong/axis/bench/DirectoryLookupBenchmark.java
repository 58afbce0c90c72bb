package vn.lienthong.axis.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.DirectoryIndex;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.ledger.RecipientRouter;

/**
 * JMH: routing one recipient code ({@link RecipientRouter#resolve}) against the national directory
 * ({@link NationalDirectory}, loaded by {@link DirectoryLookupScenario} into the database named by
 * {@code -Dbench.directory.url}), per kind of code: an agency, a retired code (alias), a code with an exact
 * route rule, a code only a wildcard rule reaches. {@code indexed}: the axis's router on its
 * {@link DirectoryIndex}; {@code databasePerLookup}: the queries the router made before the index (one
 * connection held, as a pool would), kept here to show what the index replaced.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DirectoryLookupBenchmark {
    @Param({"agency", "alias", "exact-rule", "wildcard-rule"})
    public String kind;

    private SingleConnectionDataSource ds;
    private RecipientRouter router;
    private AgencyRepository agencies;
    private JdbcClient jdbc;
    private String[] codes;
    private int next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        String url = System.getProperty("bench.directory.url");
        ds = new SingleConnectionDataSource(url, System.getProperty("bench.directory.user", "sa"), "", true);
        jdbc = JdbcClient.create(ds);
        DirectoryIndex index = new DirectoryIndex(jdbc, Duration.ofSeconds(2));
        router = new RecipientRouter(index);
        agencies = new AgencyRepository(jdbc, index);
        int n = Integer.getInteger("bench.directory.size", 100_000);
        codes = new String[4096];
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < codes.length; i++) {
            int k = NationalDirectory.WILDCARDS + random.nextInt(n - NationalDirectory.WILDCARDS);
            codes[i] = switch (kind) {
                case "agency" -> NationalDirectory.agency(k);
                case "alias" -> NationalDirectory.retired(k);
                case "exact-rule" -> NationalDirectory.ruled(k);
                default -> NationalDirectory.wildcarded(k);
            };
        }
        router.resolve(List.of(codes[0]), false); // loads the index (timed by the scenario, not here)
    }

    private String nextCode() {
        next = (next + 1) & (codes.length - 1);
        return codes[next];
    }

    @Benchmark
    public Map<String, RecipientRouter.Resolution> indexed() {
        return router.resolve(List.of(nextCode()), false);
    }

    @Benchmark
    public Object databasePerLookup() {
        String addressed = nextCode().trim().toUpperCase(Locale.ROOT);
        String code = agencies.find(addressed).isPresent() ? addressed : successor(addressed).orElse(addressed);
        return agencies.find(code).isPresent() ? code : ruleFromAllRules(code);
    }

    /** RoutingDirectory.successorOf before the index: one query per step. */
    private Optional<String> successor(String code) {
        String current = code;
        for (int i = 0; i < 10; i++) {
            Optional<String> n = jdbc.sql("select new_code from agency_alias where old_code = ?").param(current)
                    .query(String.class).optional();
            if (n.isEmpty()) {
                break;
            }
            current = n.get();
        }
        return current.equals(code) ? Optional.empty() : Optional.of(current);
    }

    /** RoutingDirectory.ruleFor before the index: every rule read, each pattern tried. */
    private Optional<RouteRule> ruleFromAllRules(String code) {
        return jdbc.sql("select pattern, target from route_rule order by pattern")
                .query((rs, n) -> new RouteRule(rs.getString(1), rs.getString(2))).list().stream()
                .filter(r -> r.matches(code)).max(Comparator.comparingInt(RouteRule::specificity)
                        .thenComparing(RouteRule::pattern, Comparator.reverseOrder()));
    }

    @TearDown(Level.Trial)
    public void close() {
        ds.destroy();
    }

    /** Used by the scenario to check the loaded database before timing. */
    static long count(String url, String user, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
