package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario {@code cluster-intake}: the intake scenario's load (8 senders, signed 140 KB packages, one local pull
 * unit) on the production topology of issue 11 — {@code bin/local-cluster}: two nodes on PostgreSQL behind no
 * balancer (the senders alternate between them), the standalone Artemis live/backup pair — for the same warm-up
 * and measured window; then every accepted package must be in the unit's inbox, read through the other node.
 * Reports the CPU of each component and of PostgreSQL, which says what limits the figure. Not in quick mode
 * (a cluster start costs minutes on 2 cores); run it beside {@code intake} for the single embedded node.
 */
final class ClusterIntakeScenario implements Scenario {
    @Override
    public String name() {
        return "cluster-intake";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        if (ctx.quick()) {
            return ClusterNodes.NOT_IN_QUICK_MODE;
        }
        int seconds = Integer.getInteger("bench.cluster.seconds", 60);
        int warmUpSeconds = Integer.getInteger("bench.cluster.warm-up-seconds", IntakeScenario.WARM_UP_SECONDS);
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-cluster"));
        Path pdf = packages.signedPdf(100 * 1024);
        List<byte[]> pool = packages.pool(Integer.getInteger("bench.cluster.pool", 12000),
                List.of(BenchPackages.PULL_RECIPIENT), pdf);
        try (ClusterNodes cluster = ClusterNodes.up(ctx, name())) {
            List<AxisClient> nodes = cluster.nodes().stream().map(AxisClient::new).toList();
            String senderToken = nodes.get(0).registerClient("bench sender", List.of(BenchPackages.SENDER));
            String recipientToken = nodes.get(0).registerClient("bench recipient", List.of(BenchPackages.PULL_RECIPIENT));
            IntakeScenario.Submitter alternate = IntakeScenario.Submitter.alternating(nodes, senderToken);

            IntakeScenario.Load warm = new IntakeScenario.Load(alternate, pool, 0);
            warm.run(IntakeScenario.SENDERS, System.nanoTime() + warmUpSeconds * 1_000_000_000L);
            warm.failIfRefused("cluster-intake warm-up");

            IntakeScenario.Load load = new IntakeScenario.Load(alternate, pool, warm.next.get());
            Map<String, Long> ticksBefore = cluster.cpuTicks();
            long start = System.nanoTime();
            load.run(IntakeScenario.SENDERS, start + seconds * 1_000_000_000L);
            long nanos = System.nanoTime() - start;
            Map<String, Long> ticksAfter = cluster.cpuTicks();
            load.failIfRefused("cluster-intake");

            Set<String> expected = new HashSet<>(load.accepted);
            expected.addAll(warm.accepted);
            Set<String> missing = Deliveries.awaitInInbox(nodes.get(1), recipientToken, BenchPackages.PULL_RECIPIENT,
                    expected, java.time.Duration.ofSeconds(300));
            if (!missing.isEmpty()) {
                throw new BenchFailure("cluster-intake: " + missing.size() + " of " + expected.size()
                        + " accepted packages never reached the recipient's inbox");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topology", "bin/local-cluster: node1 + node2 (PostgreSQL, external-broker), Artemis live/backup"
                    + " (shared store); senders alternate between the nodes");
            m.put("senders", IntakeScenario.SENDERS);
            m.put("packageBytes", pool.get(0).length);
            m.put("seconds", Rate.round(nanos / 1e9));
            m.put("accepted", load.accepted.size());
            m.put("acceptedPerSecond", Rate.round(Rate.perSecond(load.accepted.size(), nanos)));
            m.putAll(load.latencies());
            m.put("cpuCores", Topology.cores(ticksBefore, ticksAfter, nanos));
            m.put("deliveredToInbox", expected.size());
            m.put("lost", 0);
            return m;
        }
    }

    @Override
    public String summary(Map<String, Object> f) {
        if (f.containsKey("skipped")) {
            return "skipped: " + f.get("skipped");
        }
        return f.get("acceptedPerSecond") + " packages/s accepted on two nodes (" + f.get("accepted") + " in "
                + f.get("seconds") + " s), latency p50/p95/p99 " + f.get("latencyP50Ms") + "/" + f.get("latencyP95Ms")
                + "/" + f.get("latencyP99Ms") + " ms, CPU cores " + f.get("cpuCores") + ", all "
                + f.get("deliveredToInbox") + " in the inbox";
    }
}
