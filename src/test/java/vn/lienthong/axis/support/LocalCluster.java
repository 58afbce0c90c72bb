package vn.lienthong.axis.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/local-cluster} driven from a test: its own folder, free ports and a fresh database on the test
 * PostgreSQL, so that several runs never meet. Every command's output is appended to
 * {@code <folder>-local-cluster.log} beside the folder (it outlives {@link #wipe()}); {@link #status()} parses the script's JSON.
 */
public final class LocalCluster implements AutoCloseable {
    public static final Path SCRIPT = Path.of("bin", "local-cluster");
    private final Path dir;
    private final Path log;
    private final String database;
    private final Map<String, String> env = new HashMap<>();

    /** {@code nodeArgs}: extra arguments of both nodes (e.g. shorter sweep periods). */
    public LocalCluster(Path dir, String nodeArgs) {
        this.dir = dir;
        this.log = dir.resolveSibling(dir.getFileName() + "-local-cluster.log");
        this.database = "lc_" + UUID.randomUUID().toString().substring(0, 8);
        URI pg = URI.create(Postgres.URL.substring("jdbc:".length()));
        env.put("AXIS_CLUSTER_DIR", dir.toString());
        env.put("AXIS_CLUSTER_DB", database);
        env.put("AXIS_CLUSTER_PG_HOST", pg.getHost());
        env.put("AXIS_CLUSTER_PG_PORT", String.valueOf(pg.getPort() < 0 ? 5432 : pg.getPort()));
        env.put("AXIS_CLUSTER_PG_USER", Postgres.USER);
        env.put("AXIS_CLUSTER_PG_PASSWORD", Postgres.PASSWORD);
        env.put("AXIS_CLUSTER_NODE1_PORT", String.valueOf(FreePorts.next()));
        env.put("AXIS_CLUSTER_NODE2_PORT", String.valueOf(FreePorts.next()));
        env.put("AXIS_CLUSTER_BROKER1_PORT", String.valueOf(FreePorts.next()));
        env.put("AXIS_CLUSTER_BROKER2_PORT", String.valueOf(FreePorts.next()));
        env.put("AXIS_CLUSTER_NODE_HEAP", "384m");
        env.put("AXIS_CLUSTER_BROKER_HEAP", "256m");
        env.put("AXIS_CLUSTER_NODE_ARGS", nodeArgs);
        env.put("AXIS_ADMIN_TOKEN", "admin-" + UUID.randomUUID());
    }

    /**
     * An environment variable of the script and of every component it starts; set before {@link #up()}.
     * {@code AXIS_ADMIN_TOKEN} set here is what {@link #adminToken()} returns.
     */
    public LocalCluster env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The cluster's data folder ({@code AXIS_CLUSTER_DIR}). */
    public Path dir() {
        return dir;
    }

    /** The cluster's database on the test PostgreSQL. */
    public String database() {
        return database;
    }

    /** {@code down --wipe}: stops everything, drops the database and deletes the folder (logs included). */
    public void wipe() {
        run("down", "--wipe");
    }

    public String adminToken() {
        return env.get("AXIS_ADMIN_TOKEN");
    }

    public int port(String name) {
        return Integer.parseInt(env.get("AXIS_CLUSTER_" + name.toUpperCase() + "_PORT"));
    }

    public void up() {
        run("up");
    }

    public JsonNode status() {
        return parse(run("status"));
    }

    public void kill(String name) {
        run("kill", name);
    }

    public void stop(String name) {
        run("stop", name);
    }

    public void start(String name) {
        run("start", name);
    }

    /** Stops everything (keeps the folder and its logs) and drops the database. */
    @Override
    public void close() {
        try {
            run("down");
        } finally {
            dropDatabase();
        }
    }

    /**
     * Drops the cluster's database if it is still there: what {@link #close()} does after {@code down}, and what
     * makes sure of it after {@link #wipe()} (whose {@code psql} only logs a failure, e.g. while PostgreSQL restarts).
     */
    public void dropDatabase() {
        try (Connection c = DriverManager.getConnection(Postgres.URL, Postgres.USER, Postgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + database + ": " + e.getMessage(), e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script; stdout is returned, stderr goes to the log; a non-zero exit fails. */
    private String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Files.createDirectories(dir);
            Path out = Files.createTempFile("local-cluster-", ".json");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("bin/local-cluster " + String.join(" ", args) + " hung");
            }
            String stdout = Files.readString(out);
            Files.delete(out);
            if (p.exitValue() != 0) {
                String tail = tail(log, 60);
                System.err.println("bin/local-cluster " + String.join(" ", args) + " failed; end of " + log + ":\n" + tail);
                throw new IllegalStateException("bin/local-cluster " + String.join(" ", args) + " exited with "
                        + p.exitValue() + "; see " + log + "; it ends with:\n" + tail);
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
