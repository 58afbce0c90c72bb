package vn.lienthong.axis.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.lienthong.axis.support.FreePorts;

/**
 * The axis as a separate process: {@code java -jar target/lienthong-axis.jar} on the local profile (plus the
 * postgres profile and a fresh database with {@code -Dbench.profile=postgres}, {@link BenchDatabase}), a
 * free port and {@code target/bench/data-<scenario>}; started fresh, waited for until
 * {@code /actuator/health} is UP, stopped at the end (SIGTERM, then kill).
 */
final class AxisServer implements AutoCloseable, AxisTarget {
    static final String ADMIN_TOKEN = "sample-admin-token";

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final String scenario;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AxisServer(Process process, int port, Path dataDir, String scenario) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.scenario = scenario;
    }

    /** Starts the jar with {@code jvmArgs} before {@code -jar} and {@code appArgs} after the standard ones. */
    static AxisServer start(BenchContext ctx, String scenario, List<String> jvmArgs, List<String> appArgs)
            throws Exception {
        return start(ctx, scenario, jvmArgs, appArgs, true);
    }

    /** @param freshDatabase false: PostgreSQL, on the {@code bench_<scenario>} database the scenario loaded */
    static AxisServer start(BenchContext ctx, String scenario, List<String> jvmArgs, List<String> appArgs,
                            boolean freshDatabase) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/lienthong-axis.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new BenchFailure("no server jar at " + jar + ": run ./mvnw -Pbench -DskipTests verify");
        }
        Path dataDir = ctx.workDir().resolve("data-" + scenario).toAbsolutePath();
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        int port = FreePorts.next();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        if (Boolean.getBoolean("bench.jfr")) {
            // the default 64 frames cut intake's stacks below the filter chain: framework shares read too low
            cmd.add("-XX:FlightRecorderOptions=stackdepth=512");
            cmd.add("-XX:StartFlightRecording=filename=" + ctx.workDir().resolve(scenario + ".jfr").toAbsolutePath()
                    + ",settings=profile,dumponexit=true");
        }
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=local" + (BenchDatabase.postgres() ? ",postgres" : ""),
                "--server.port=" + port, "--axis.data-dir=" + dataDir,
                // one bench client stands for a whole province: its rate must not be the per-DMS default
                "--axis.limits.rate.requests-per-second=100000", "--axis.limits.rate.burst=100000"));
        if (BenchDatabase.postgres()) {
            cmd.addAll(freshDatabase ? BenchDatabase.freshDatabase(scenario) : BenchDatabase.arguments(scenario));
        }
        cmd.addAll(appArgs);
        Path log = ctx.workDir().resolve(scenario + "-server.log");
        // -Dbench.server.dir: the checkout whose config/ and routes/ the jar reads (another commit's jar needs its own)
        Process p = new ProcessBuilder(cmd).directory(new java.io.File(System.getProperty("bench.server.dir", ".")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AxisServer server = new AxisServer(p, port, dataDir, scenario);
        server.awaitUp(Duration.ofSeconds(Long.getLong("bench.start-timeout-seconds", 180)), log);
        return server;
    }

    private void awaitUp(Duration timeout, Path log) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new BenchFailure("the axis exited with " + process.exitValue() + " during start; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        close();
        throw new BenchFailure("the axis was not UP within " + timeout.toSeconds() + " s; see " + log);
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    Path dataDir() {
        return dataDir;
    }

    /** A connection to this axis's database (H2: only once the axis has stopped). */
    java.sql.Connection database() throws java.sql.SQLException {
        return BenchDatabase.connect(scenario, dataDir);
    }

    /** Bytes of the embedded H2 file ({@code data-dir/h2/axis.mv.db}); -1 when there is none (PostgreSQL). */
    long h2FileBytes() throws IOException {
        Path file = dataDir.resolve("h2/axis.mv.db");
        return Files.isRegularFile(file) ? Files.size(file) : -1;
    }

    /** Bytes of all files under {@code data-dir/blobs}. */
    long blobBytes() throws IOException {
        Path blobs = dataDir.resolve("blobs");
        if (!Files.isDirectory(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** SIGTERM (graceful shutdown), then a hard kill after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
