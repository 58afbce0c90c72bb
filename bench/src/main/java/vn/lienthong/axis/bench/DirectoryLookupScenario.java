package vn.lienthong.axis.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.DirectoryIndex;

/**
 * The directory lookup target (issue 15, ≤ 10 µs per routed code): loads {@link NationalDirectory} (100,000
 * agencies, aliases and route rules; quick: 10,000) into a fresh database of the run's profile (the axis's
 * migrations, then COPY on PostgreSQL), times one full load of the {@link DirectoryIndex}, then runs
 * {@link DirectoryLookupBenchmark} with JMH.
 */
final class DirectoryLookupScenario implements Scenario {
    static final double TARGET_MICROS = 10;
    /** Changes timed one at a time after the load. */
    private static final int CHANGES = 9;

    @Override
    public String name() {
        return "directory-jmh";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        int n = ctx.count(100_000, 10_000);
        String url;
        String user;
        if (BenchDatabase.postgres()) {
            BenchDatabase.freshDatabase(name());
            url = BenchDatabase.url(name());
            user = BenchDatabase.user();
        } else {
            java.nio.file.Path dir = ctx.workDir().resolve("data-" + name()).toAbsolutePath();
            AxisServer.deleteTree(dir);
            // quick mode runs JMH in this JVM: keep the file database open between trials instead of closing
            // and reopening it per trial (one CI run saw a reopened trial miss directory_version)
            url = "jdbc:h2:file:" + dir.resolve("axis") + ";QUERY_CACHE_SIZE=256"
                    + (ctx.quick() ? ";DB_CLOSE_DELAY=-1" : "");
            user = "sa";
        }
        BenchDatabase.migrate(url, user, null);
        Map<String, Object> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            NationalDirectory.load(db, n);
        }
        m.put("entries", Map.of("agencies", n, "aliases", n, "routeRules", n,
                "wildcardRules", NationalDirectory.WILDCARDS));
        m.put("loadSeconds", Rate.round((System.nanoTime() - t0) / 1e9));
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, "", true);
        try {
            long t1 = System.nanoTime();
            JdbcClient jdbc = JdbcClient.create(ds);
            DirectoryIndex index = new DirectoryIndex(jdbc, Duration.ofSeconds(2));
            index.agency(NationalDirectory.agency(0));
            m.put("indexLoadMillis", Rate.round((System.nanoTime() - t1) / 1e6));
            m.put("changeAppliedMillis", Rate.round(changeApplied(jdbc, index)));
        } finally {
            ds.destroy();
        }
        List<String> props = List.of("-Dbench.directory.url=" + url, "-Dbench.directory.user=" + user,
                "-Dbench.directory.size=" + n);
        props.forEach(p -> {
            String[] kv = p.substring(2).split("=", 2);
            System.setProperty(kv[0], kv[1]);
        });
        Options options = new OptionsBuilder()
                .include(DirectoryLookupBenchmark.class.getName())
                .forks(ctx.quick() ? 0 : 1).jvmArgsAppend(props.toArray(String[]::new))
                .warmupIterations(ctx.quick() ? 1 : 2).warmupTime(TimeValue.seconds(ctx.quick() ? 1 : 2))
                .measurementIterations(ctx.quick() ? 1 : 5).measurementTime(TimeValue.seconds(ctx.quick() ? 1 : 2))
                .threads(1).shouldFailOnError(true)
                .build();
        Map<String, Object> micros = new LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("microsPerLookup", Rate.round(r.getPrimaryResult().getScore()));
            f.put("error", Rate.round(r.getPrimaryResult().getScoreError()));
            micros.put(method + " " + r.getParams().getParam("kind"), f);
        }
        if (micros.isEmpty()) {
            throw new BenchFailure("JMH produced no result");
        }
        m.put("lookups", micros);
        m.put("indexedMetTarget", micros.entrySet().stream().filter(e -> e.getKey().startsWith("indexed"))
                .allMatch(e -> ((Number) ((Map<?, ?>) e.getValue()).get("microsPerLookup")).doubleValue()
                        <= TARGET_MICROS));
        return m;
    }

    /**
     * Renames agencies one at a time through the axis's writer and times each lookup that catches up with the
     * change; the median of {@link #CHANGES} (ms).
     */
    private static double changeApplied(JdbcClient jdbc, DirectoryIndex index) {
        double[] millis = new double[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            String code = NationalDirectory.agency(1 + i);
            Agency before = index.agency(code).orElseThrow(() -> new BenchFailure("agency " + code + " not indexed"));
            new AgencyRepository(jdbc, index).upsert(new Agency(code, before.name() + " (đổi tên)",
                    before.parentCode(), before.local(), before.mode(), before.endpoint(), before.signaturePolicy(),
                    before.active()), "admin");
            long t0 = System.nanoTime();
            String name = index.agency(code).map(Agency::name).orElse("");
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (!name.endsWith("(đổi tên)")) {
                throw new BenchFailure("the renamed agency " + code + " is not seen after the change: " + name);
            }
        }
        java.util.Arrays.sort(millis);
        return millis[CHANGES / 2];
    }

    @Override
    public String summary(Map<String, Object> figures) {
        StringBuilder b = new StringBuilder("µs per lookup: ");
        ((Map<?, ?>) figures.get("lookups")).forEach((k, v) -> b.append(k).append(' ')
                .append(((Map<?, ?>) v).get("microsPerLookup")).append("; "));
        return b.append("index load ").append(figures.get("indexLoadMillis")).append(" ms; a change applied (median of ").append(CHANGES).append(") ")
                .append(figures.get("changeAppliedMillis")).append(" ms; target ≤ ")
                .append(TARGET_MICROS).append(" µs met: ").append(figures.get("indexedMetTarget")).toString();
    }
}
