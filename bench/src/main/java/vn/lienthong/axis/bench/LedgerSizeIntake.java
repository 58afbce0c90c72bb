package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 15 §3's "intake throughput with the big ledger within 20 % of the small one": the intake scenario's
 * measurement ({@link ClosedLoopIntake}: 8 senders, signed 140 KB packages to the local pull unit) with one pool
 * of packages, once per ledger, each time on a freshly started axis and a fresh database, after the same warm-up.
 * Durations: {@code -Dbench.scale.intake-seconds} (default 30) and {@code -Dbench.scale.intake-warm-up-seconds}
 * (default 30); quick mode 5 s and none. {@code -Dbench.scale.intake-pool}: packages signed beforehand (default
 * 150 per second of warm-up and window; quick 300); a window that empties it ends early ({@code poolExhausted}).
 */
final class LedgerSizeIntake {
    /** The big ledger may cost at most this share of the small one's packages/s. */
    static final double MAX_LOSS = 0.20;

    private final List<byte[]> pool;
    private final int warmUpSeconds;
    private final int seconds;
    private final Duration listedWithin;
    private final double poolBuildSeconds;

    private LedgerSizeIntake(List<byte[]> pool, int warmUpSeconds, int seconds, Duration listedWithin,
                             double poolBuildSeconds) {
        this.pool = pool;
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.listedWithin = listedWithin;
        this.poolBuildSeconds = poolBuildSeconds;
    }

    /** Signs the pool (before any clock starts). */
    static LedgerSizeIntake prepare(BenchContext ctx) throws Exception {
        int warmUp = ctx.quick() ? 0 : Integer.getInteger("bench.scale.intake-warm-up-seconds", 30);
        int seconds = ctx.quick() ? 5 : Integer.getInteger("bench.scale.intake-seconds", 30);
        String poolSize = System.getProperty("bench.scale.intake-pool", "").trim(); // the pom passes "" by default
        int size = ctx.quick() ? 300 : poolSize.isEmpty() ? 150 * (warmUp + seconds) : Integer.parseInt(poolSize);
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-scale-intake"));
        Path pdf = packages.signedPdf(100 * 1024);
        long start = System.nanoTime();
        List<byte[]> pool = packages.pool(size, List.of(BenchPackages.PULL_RECIPIENT), pdf);
        return new LedgerSizeIntake(pool, warmUp, seconds, Duration.ofSeconds(ctx.quick() ? 60 : 300),
                Rate.round((System.nanoTime() - start) / 1e9));
    }

    /** The pool's packages on {@code server}, which runs on the {@code ledger} ("small" or "big") database. */
    Map<String, Object> measure(AxisServer server, String ledger) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("senders", IntakeScenario.SENDERS);
        m.put("packageBytes", pool.get(0).length);
        m.put("poolSize", pool.size());
        m.put("poolBuildSeconds", poolBuildSeconds);
        m.put("autovacuumWorkersAtStart", autovacuumWorkers(server));
        m.putAll(ClosedLoopIntake.measure(server, pool, warmUpSeconds, seconds, listedWithin,
                "scale intake on the " + ledger + " ledger"));
        m.put("autovacuumWorkersAtEnd", autovacuumWorkers(server));
        m.put("loadAverage", Machine.loadAverage());
        return m;
    }

    /** Autovacuum workers busy in the axis's database (one on a freshly loaded ledger competes for the cores). */
    private static long autovacuumWorkers(AxisServer server) throws SQLException {
        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery("select count(*) from pg_stat_activity"
                     + " where backend_type = 'autovacuum worker' and datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Both windows' packages/s, big ÷ small, and whether the big ledger lost at most {@link #MAX_LOSS}. */
    static Map<String, Object> compare(Map<String, Object> small, Map<String, Object> big) {
        double smallRate = ((Number) small.get("acceptedPerSecond")).doubleValue();
        double bigRate = ((Number) big.get("acceptedPerSecond")).doubleValue();
        double ratio = smallRate > 0 ? bigRate / smallRate : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intakeSmallLedgerPerSecond", smallRate);
        m.put("intakeBigLedgerPerSecond", bigRate);
        m.put("intakeBigOverSmall", Rate.round3(ratio));
        m.put("intakeWithin20Percent", ratio >= 1 - MAX_LOSS);
        return m;
    }
}
