package vn.lienthong.axis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.support.LocalCluster;

/**
 * The production topology from {@code bin/local-cluster} (two nodes on PostgreSQL, the Artemis live/backup pair),
 * driven through the tests' {@link LocalCluster}: in {@code <work>/<scenario>}, on free ports below the ephemeral
 * range and a database of its own, so it never meets another cluster on the machine (the default ports 8081/8082,
 * 61616/61617 and {@code data/local-cluster} stay untouched). Nodes run the jar the bench measures, with the same
 * rate-limit lift and admin token as the single bench axis; {@link #close} wipes the folder and drops the database.
 */
final class ClusterNodes implements Topology {
    /** What a cluster scenario returns in quick mode: a cluster start costs minutes on 2 cores. */
    static final Map<String, Object> NOT_IN_QUICK_MODE =
            Map.of("skipped", "not in quick mode: starts bin/local-cluster (two nodes, broker pair, PostgreSQL)");
    private static final List<String> COMPONENTS = List.of("node1", "node2", "broker1", "broker2");
    private final LocalCluster cluster;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    private ClusterNodes(LocalCluster cluster) {
        this.cluster = cluster;
    }

    /** {@code bin/local-cluster up} in {@code <work>/<scenario>}: returns when both nodes are UP. */
    static ClusterNodes up(BenchContext ctx, String scenario) throws Exception {
        Path dir = ctx.workDir().resolve(scenario).toAbsolutePath();
        AxisServer.deleteTree(dir);
        LocalCluster cluster = new LocalCluster(dir,
                "--axis.limits.rate.requests-per-second=100000 --axis.limits.rate.burst=100000")
                .env("AXIS_ADMIN_TOKEN", AxisServer.ADMIN_TOKEN)
                .env("AXIS_JAR", Path.of(System.getProperty("bench.jar", "target/lienthong-axis.jar")).toAbsolutePath().toString())
                .env("AXIS_CLUSTER_NODE_HEAP", System.getProperty("bench.cluster.node-heap", "512m"))
                .env("AXIS_CLUSTER_BROKER_HEAP", "512m");
        ClusterNodes nodes = new ClusterNodes(cluster);
        try {
            cluster.up();
            JsonNode status = cluster.status();
            for (String c : COMPONENTS) {
                nodes.pids.put(c, status.path(c).path("pid").asLong(-1));
            }
            return nodes;
        } catch (Exception | Error e) {
            try {
                nodes.close();
            } catch (Exception | Error suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    AxisTarget node(int n) {
        int port = cluster.port("node" + n);
        return path -> URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public List<AxisTarget> nodes() {
        return List.of(node(1), node(2));
    }

    /** CPU clock ticks of each component and of PostgreSQL's processes (all databases), now. */
    @Override
    public Map<String, Long> cpuTicks() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, treeTicks(pid)));
        ticks.put("postgresql", Math.max(0, PostgresCpu.ticks()));
        return ticks;
    }

    /** The process and its descendants (a broker's pid is its {@code bin/artemis} script; Java is its child). */
    private static long treeTicks(long pid) {
        long sum = Math.max(0, ServerMetrics.cpuTicks(pid));
        try {
            String children;
            try (var in = Files.newInputStream(Path.of("/proc/" + pid + "/task/" + pid + "/children"))) {
                children = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
            for (String child : children.isEmpty() ? new String[0] : children.split("\\s+")) {
                sum += treeTicks(Long.parseLong(child));
            }
        } catch (IOException | RuntimeException gone) {
            // exited meanwhile
        }
        return sum;
    }

    /** {@code down --wipe}; then the database is dropped if the script's {@code psql} could not (a restart). */
    @Override
    public void close() {
        try {
            cluster.wipe();
        } finally {
            cluster.dropDatabase();
        }
    }
}
