package vn.lienthong.axis.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.console.AgencyNames;
import vn.lienthong.axis.console.PackageSearch;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.SentCopies;
import vn.lienthong.axis.ledger.Trace;
import vn.lienthong.axis.ledger.chain.ChainReport;
import vn.lienthong.axis.ledger.chain.ChainVerifier;

/**
 * National scale on PostgreSQL (issue 15 §3). First the small ledger: a fresh database with every migration and
 * the {@link NationalDirectory} (100,000 agencies, aliases and rules; quick: 1,000) but no ledger rows, the axis
 * started on it, intake measured as the {@code intake} scenario does ({@link LedgerSizeIntake}). Then the big one:
 * a fresh database again, the migrations up to the one before V29 (V25-V27 were timed on 1 M packages, session 8),
 * the directory, {@link ScaleLoader}'s
 * {@code -Dbench.scale.packages} packages (default 10,000,000; quick: 10,000) with their copies, events and chain
 * by COPY, every later migration timed on the populated database, the axis started on it and intake measured
 * again with the same packages, warm-up and window — before the reads, so that both windows see a freshly started
 * axis and the reads are not run beside 8 senders. Then, while one background sender keeps intake busy,
 * {@link #samples} runs of each read the issue names through the axis's own query classes (Mailbox, Trace,
 * SentCopies behind getSentEdocList, the console's PackageSearch) on a pool like the axis's: p50/p99 per read,
 * target p99 ≤ 50 ms; intake on the big ledger within 20 % of the small one. On H2 it reports itself skipped.
 */
final class ScaleScenario implements Scenario {
    static final double TARGET_P99_MS = 50;
    /** The first migration timed on the loaded ledger (the ledger is loaded as the version before it writes). */
    private static final org.flywaydb.core.api.MigrationVersion TIMED_FROM = org.flywaydb.core.api.MigrationVersion.fromVersion("29");

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!BenchDatabase.postgres()) {
            m.put("skipped", "needs -Dbench.profile=postgres (bulk load by COPY)");
            return m;
        }
        long packages = ctx.quick() ? 10_000 : Long.getLong("bench.scale.packages", 10_000_000L);
        int agencies = ctx.quick() ? 1_000 : Integer.getInteger("bench.scale.agencies", 100_000);
        String url = BenchDatabase.url(name());
        String user = BenchDatabase.user();
        m.put("packages", packages);
        m.put("agencies", agencies);
        LedgerSizeIntake intake = LedgerSizeIntake.prepare(ctx);
        Map<String, Object> smallIntake = smallLedgerIntake(ctx, intake, url, user, agencies);
        m.put("intakeSmallLedger", smallIntake);

        m.put("directoryLoadSeconds", directoryOnly(url, user, agencies));
        Instant end = Instant.now();
        ScaleLoader loader = new ScaleLoader(url, user, packages, agencies, end);
        long t1 = System.nanoTime();
        m.put("rows", loader.load());
        m.put("ledgerLoadSeconds", Rate.round((System.nanoTime() - t1) / 1e9));
        m.put("databaseBytes", size(url, user));
        if (packages <= 1_000_000) { // the axis's verifier reads every entry: minutes beyond
            long tv = System.nanoTime();
            try (Connection db = DriverManager.getConnection(url, user, "")) {
                ChainReport report = new ChainVerifier(xml -> {
                    throw new BenchFailure("the loaded ledger has no checkpoint to check");
                }, (token, stamped) -> {
                    throw new BenchFailure("the loaded ledger has no time-stamped checkpoint to check");
                }).verify(db);
                if (!report.intact()) {
                    throw new BenchFailure("the loaded hash chain does not verify: " + report.summary());
                }
                m.put("chainVerified", report.entries() + " entries intact (the axis's ChainVerifier, "
                        + Rate.round((System.nanoTime() - tv) / 1e9) + " s)");
            }
        }
        long t2 = System.nanoTime();
        m.put("migrationsAfterLoad", BenchDatabase.migrate(url, user, null));
        m.put("migrationsAfterLoadSeconds", Rate.round((System.nanoTime() - t2) / 1e9));

        AxisServer server = AxisServer.start(ctx, name(), List.of(), List.of(), false);
        BackgroundIntake background = null;
        try (HikariDataSource pool = new HikariDataSource()) {
            Map<String, Object> bigIntake = intake.measure(server, "big");
            m.put("intakeBigLedger", bigIntake);
            m.putAll(LedgerSizeIntake.compare(smallIntake, bigIntake));
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setMaximumPoolSize(4);
            background = BackgroundIntake.start(ctx, server);
            m.put("reads", reads(ctx, JdbcClient.create(pool), loader, packages, server.dataDir()));
            m.put("backgroundIntake", background.stop());
            m.put("fanOut", fanOut(ctx, server, agencies));
            m.put("loadAverage", Machine.loadAverage());
        } finally {
            if (background != null) {
                background.stop();
            }
            Servers.stop(server);
        }
        m.put("metTarget", ((Map<?, ?>) m.get("reads")).values().stream()
                .allMatch(r -> ((Number) ((Map<?, ?>) r).get("p99Ms")).doubleValue() <= TARGET_P99_MS));
        return m;
    }

    private Map<String, Object> reads(BenchContext ctx, JdbcClient jdbc, ScaleLoader loader, long packages,
                                      Path dataDir) throws Exception {
        int samples = ctx.count(300, 20);
        LedgerRepository repo = new LedgerRepository(jdbc, null, null);
        Mailbox mailbox = new Mailbox(jdbc, repo, new BlobStore(dataDir.resolve("blobs")));
        Trace trace = new Trace(repo, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(Trace.DutyLookup.class));
        SentCopies sent = new SentCopies(jdbc);
        PackageSearch search = new PackageSearch(jdbc, new AgencyNames(jdbc,
                new vn.lienthong.axis.directory.DirectoryIndex(jdbc, java.time.Duration.ofSeconds(2))));
        SplittableRandom random = new SplittableRandom(15);
        String hot = NationalDirectory.agency(7);
        String deepCursor = deepCursor(jdbc, hot);
        long middle = packages / 2;
        OffsetDateTime monthStart = receivedAt(loader, middle).withDayOfMonth(1).toLocalDate().atStartOfDay()
                .atOffset(ZoneOffset.UTC);
        LocalDate day = monthStart.toLocalDate().plusDays(10);

        Map<String, Object> reads = new LinkedHashMap<>();
        reads.put("inbox first page (hot agency " + hot + ")", time(samples, () ->
                mailbox.list(NationalDirectory.agency(random.nextInt(ScaleLoader.HOT)), null, null, 50)));
        reads.put("inbox first page (any agency)", time(samples, () ->
                mailbox.list(NationalDirectory.agency(random.nextInt(loader.agencies())), null, null, 50)));
        reads.put("inbox deep cursor (" + hot + " after " + deepCursor + ")", time(samples, () ->
                mailbox.list(hot, null, deepCursor, 50)));
        reads.put("trace", time(samples, () -> {
            long i = random.nextLong(packages);
            return trace.of(ScaleLoader.axisId(i), loader.sender(i));
        }));
        reads.put("getSentEdocList month (hot sender)", time(samples, () -> sent.of(
                List.of(NationalDirectory.agency(random.nextInt(ScaleLoader.HOT))), null, null, monthStart,
                monthStart.plusMonths(1), 5000)));
        OffsetDateTime recent = receivedAt(loader, packages).minusDays(30);
        reads.put("getSentEdocList last 30 days (hot sender)", time(samples, () -> sent.of(
                List.of(NationalDirectory.agency(random.nextInt(ScaleLoader.HOT))), null, null, recent, null, 5000)));
        reads.put("console search by DocumentId", time(samples, () -> {
            long i = random.nextLong(packages);
            return search.search(new PackageSearch.Filter(ScaleLoader.documentId(loader.sender(i), i), null, null,
                    null, null, null, null, 50));
        }));
        reads.put("console search by agency and day", time(samples, () -> search.search(new PackageSearch.Filter(
                null, NationalDirectory.agency(random.nextInt(ScaleLoader.HOT)), day, day, null, null, null, 50))));
        reads.put("console search by agency and month", time(samples, () -> search.search(new PackageSearch.Filter(
                null, NationalDirectory.agency(random.nextInt(ScaleLoader.HOT)), monthStart.toLocalDate(),
                monthStart.toLocalDate().plusMonths(1).minusDays(1), null, null, null, 50))));
        return reads;
    }

    /**
     * One 5 MB package to 2,000 and then 10,000 agencies of the national directory (quick: 50), on the loaded
     * ledger: time until every inbox lists it, payload bytes stored.
     */
    private static List<Map<String, Object>> fanOut(BenchContext ctx, AxisServer server, int agencies)
            throws Exception {
        List<Integer> sizes = ctx.quick() ? List.of(50) : java.util.Arrays.stream(System.getProperty(
                "bench.scale.fan-out", "2000,10000").split(",")).map(String::trim).map(Integer::valueOf).toList();
        int most = Math.min(sizes.get(sizes.size() - 1), agencies - ScaleLoader.HOT);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            recipients.add(NationalDirectory.agency(ScaleLoader.HOT + i));
        }
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-scale-fan-out"));
        Path attachment = packages.randomFile("fan-out-attachment.bin", 5_000_000L * 3 / 4);
        AxisClient client = new AxisClient(server);
        String senderToken = client.registerClient("bench fan-out sender", List.of(BenchPackages.SENDER));
        String recipientsToken = client.registerClient("bench fan-out recipients", recipients);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int n : sizes) {
            List<String> to = recipients.subList(0, Math.min(n, most));
            Path pkg = packages.signedDocument("scale-fan-out-" + n, to, attachment);
            runs.add(FanOutScenario.fanOut(server, client, senderToken, recipientsToken, to, pkg, ctx));
        }
        return runs;
    }

    /** The cursor of the hot agency's last page of AVAILABLE copies. */
    private static String deepCursor(JdbcClient jdbc, String agency) {
        long count = jdbc.sql("select count(*) from delivery where recipient_code = ? and state = 'AVAILABLE'")
                .param(agency).query(Long.class).single();
        return jdbc.sql("select id from delivery where recipient_code = ? and state = 'AVAILABLE' order by id"
                        + " offset ? rows fetch first 1 rows only").params(agency, Math.max(0, count - 51))
                .query(Long.class).optional().map(String::valueOf).orElse("0");
    }

    private static Map<String, Object> time(int samples, Callable<Object> read) throws Exception {
        for (int i = 0; i < Math.min(5, samples); i++) {
            read.call(); // warm the statement cache and the JIT, not counted
        }
        List<Long> nanos = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            read.call();
            nanos.add(System.nanoTime() - t);
        }
        nanos.sort(null);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("samples", samples);
        r.put("p50Ms", Rate.round(nanos.get(samples / 2) / 1e6));
        r.put("p99Ms", Rate.round(nanos.get((int) Math.ceil(samples * 0.99) - 1) / 1e6));
        r.put("maxMs", Rate.round(nanos.get(samples - 1) / 1e6));
        return r;
    }

    /** Drops and creates the database, migrates it up to before TIMED_FROM, loads the directory; returns its seconds. */
    private double directoryOnly(String url, String user, int agencies) throws Exception {
        BenchDatabase.freshDatabase(name());
        BenchDatabase.migrate(url, user, beforeTimed(url, user));
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            NationalDirectory.load(db, agencies);
        }
        return Rate.round((System.nanoTime() - start) / 1e9);
    }

    /** Intake on the directory without any ledger row, every migration applied, a freshly started axis. */
    private Map<String, Object> smallLedgerIntake(BenchContext ctx, LedgerSizeIntake intake, String url, String user,
                                                  int agencies) throws Exception {
        directoryOnly(url, user, agencies);
        BenchDatabase.migrate(url, user, null);
        AxisServer small = AxisServer.start(ctx, name(), List.of(), List.of(), false);
        try {
            return intake.measure(small, "small");
        } finally {
            Servers.stop(small);
        }
    }

    /** The last migration before TIMED_FROM (the ones from it on are timed on the populated database). */
    private static String beforeTimed(String url, String user) {
        return java.util.Arrays.stream(Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                        .load().info().all())
                .map(i -> i.getVersion()).filter(v -> v != null && v.compareTo(TIMED_FROM) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
    }

    private static String size(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement q = c.prepareStatement("select pg_size_pretty(pg_database_size(current_database()))");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One figure of both intake windows, "small/big". */
    private static String intake(Map<String, Object> f, String key) {
        return ((Map<?, ?>) f.get("intakeSmallLedger")).get(key) + "/" + ((Map<?, ?>) f.get("intakeBigLedger")).get(key);
    }

    @Override
    public String summary(Map<String, Object> f) {
        if (f.containsKey("skipped")) {
            return "skipped: " + f.get("skipped");
        }
        StringBuilder b = new StringBuilder().append(f.get("packages")).append(" packages (").append(f.get("rows"))
                .append(") loaded in ").append(f.get("ledgerLoadSeconds")).append(" s, ").append(f.get("databaseBytes"))
                .append(", migrations ").append(f.get("migrationsAfterLoad")).append(" on it in ")
                .append(f.get("migrationsAfterLoadSeconds")).append(" s; intake small/big ledger ")
                .append(f.get("intakeSmallLedgerPerSecond")).append('/').append(f.get("intakeBigLedgerPerSecond"))
                .append(" packages/s (big/small ").append(f.get("intakeBigOverSmall")).append(", within 20 %: ")
                .append(f.get("intakeWithin20Percent")).append("; p99 ").append(intake(f, "latencyP99Ms"))
                .append(" ms, axis CPU ").append(intake(f, "serverCpuCores")).append(" cores); p50/p99 ms: ");
        ((Map<?, ?>) f.get("reads")).forEach((k, v) -> b.append(k).append(' ').append(((Map<?, ?>) v).get("p50Ms"))
                .append('/').append(((Map<?, ?>) v).get("p99Ms")).append("; "));
        return b.append("background intake ").append(f.get("backgroundIntake")).append("; p99 ≤ ")
                .append(TARGET_P99_MS).append(" ms met: ").append(f.get("metTarget")).toString();
    }

    /** When the loader dates package {@code i} (UTC, whole seconds). */
    private static OffsetDateTime receivedAt(ScaleLoader loader, long i) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(loader.receivedMicros(i) / 1_000_000L), ZoneOffset.UTC);
    }
}
