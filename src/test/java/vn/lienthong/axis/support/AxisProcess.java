package vn.lienthong.axis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The axis as a separate JVM ({@code target/lienthong-axis.jar}, profile {@code test} unless {@link #profile}) on a free port
 * with its own data folder: for crash (SIGKILL) and heap-bound tests. Output goes to {@code axis.log}
 * in the data folder.
 */
public final class AxisProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target", "lienthong-axis.jar");
    private final Path dataDir;
    private final String heap;
    private final List<String> extraArgs;
    private final int port;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private String profile = "test";
    private Process process;

    public AxisProcess(Path dataDir, String heap, String... extraArgs) {
        this.dataDir = dataDir;
        this.heap = heap;
        this.extraArgs = List.of(extraArgs);
        this.port = FreePorts.next();
    }

    public int port() {
        return port;
    }

    /** Runs with this profile instead of {@code test}. */
    public AxisProcess profile(String name) {
        this.profile = name;
        return this;
    }

    /** Sets an environment variable of the JVM. */
    public AxisProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the JVM and waits until /actuator/health answers UP. */
    public AxisProcess start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the integration tests run after `package`");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", JAR.toString(), "--spring.profiles.active=" + profile, "--server.port=" + port,
                "--axis.data-dir=" + dataDir));
        cmd.addAll(extraArgs);
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(cmd);
            builder.environment().putAll(environment);
            process = builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("axis.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        Duration timeout = Duration.ofSeconds(Long.getLong("axis.process.start-timeout-seconds", 180));
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the axis exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("axis.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 && r.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

}
