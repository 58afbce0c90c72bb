package vn.lienthong.axis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production topology from {@code bin/local-cluster} (two nodes on PostgreSQL, the Artemis live/backup pair)
 * in the bench's work folder, on a database of its own that {@link #close} drops. Nodes run the jar the bench
 * measures, with the same rate-limit lift as the single bench axis.
 */
final class ClusterNodes implements AutoCloseable {
    private static final List<String> COMPONENTS = List.of("node1", "node2", "broker1", "broker2");
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Path log;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    private ClusterNodes(Path dir) {
        this.log = dir.resolveSibling(dir.getFileName() + "-local-cluster.log");
        env.put("AXIS_CLUSTER_DIR", dir.toAbsolutePath().toString());
        env.put("AXIS_CLUSTER_DB", "bench_cluster_" + UUID.randomUUID().toString().substring(0, 8));
        env.put("AXIS_ADMIN_TOKEN", AxisServer.ADMIN_TOKEN);
        env.put("AXIS_JAR", Path.of(System.getProperty("bench.jar", "target/lienthong-axis.jar")).toAbsolutePath().toString());
        env.put("AXIS_CLUSTER_NODE_ARGS", "--axis.limits.rate.requests-per-second=100000 --axis.limits.rate.burst=100000");
        env.put("AXIS_CLUSTER_NODE_HEAP", System.getProperty("bench.cluster.node-heap", "512m"));
        for (String c : COMPONENTS) {
            env.put("AXIS_CLUSTER_" + c.toUpperCase() + "_PORT", String.valueOf(freePort()));
        }
    }

    /** {@code bin/local-cluster up} in {@code <work>/cluster}: returns when both nodes are UP. */
    static ClusterNodes up(BenchContext ctx) throws Exception {
        Path dir = ctx.workDir().resolve("cluster").toAbsolutePath();
        AxisServer.deleteTree(dir);
        ClusterNodes cluster = new ClusterNodes(dir);
        try {
            cluster.run("up");
            JsonNode status = AxisClient.JSON.readTree(cluster.run("status"));
            for (String c : COMPONENTS) {
                cluster.pids.put(c, status.path(c).path("pid").asLong(-1));
            }
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    AxisTarget node(int n) {
        int port = Integer.parseInt(env.get("AXIS_CLUSTER_NODE" + n + "_PORT"));
        return path -> URI.create("http://127.0.0.1:" + port + path);
    }

    /** CPU clock ticks of each component and of PostgreSQL's processes (all databases), now. */
    Map<String, Long> cpuTicks() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, treeTicks(pid)));
        long postgres = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && "postgres".equals(comm(p))) {
                    postgres += Math.max(0, ServerMetrics.cpuTicks(Long.parseLong(name)));
                }
            }
        }
        ticks.put("postgresql", postgres);
        return ticks;
    }

    /** The process and its descendants (a broker's pid is its {@code bin/artemis} script; Java is its child). */
    private static long treeTicks(long pid) {
        long sum = Math.max(0, ServerMetrics.cpuTicks(pid));
        try {
            String children;
            try (var in = Files.newInputStream(Path.of("/proc/" + pid + "/task/" + pid + "/children"))) {
                children = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            }
            for (String child : children.isEmpty() ? new String[0] : children.split("\\s+")) {
                sum += treeTicks(Long.parseLong(child));
            }
        } catch (IOException | RuntimeException gone) {
            // exited meanwhile
        }
        return sum;
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        run("down", "--wipe");
    }

    private String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of("bin", "local-cluster").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("bench-cluster-", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new BenchFailure("bin/local-cluster " + String.join(" ", args) + " hung; see " + log);
        }
        String stdout = Files.readString(out);
        Files.delete(out);
        if (p.exitValue() != 0) {
            throw new BenchFailure("bin/local-cluster " + String.join(" ", args) + " exited with " + p.exitValue()
                    + "; see " + log);
        }
        return stdout;
    }

    private static int freePort() {
        try {
            return AxisServer.freePort();
        } catch (IOException e) {
            throw new BenchFailure("no free port: " + e);
        }
    }
}
