package vn.lienthong.axis.bench;

import java.util.Map;

/**
 * Scenario {@code cluster-end-to-end}: the end-to-end measurement ({@link EndToEnd}, the same offered rate, warm-up
 * and phases as {@code end-to-end}) on {@code bin/local-cluster}'s two nodes on PostgreSQL with the Artemis
 * live/backup pair ({@link ClusterNodes}): the senders alternate between the nodes, the pull unit's DMS polls node 2,
 * the push unit's endpoint is the harness's. Each phase reports the CPU of both nodes, both brokers and PostgreSQL.
 * Not in quick mode (a cluster start costs minutes on 2 cores); run it beside {@code end-to-end} for the single
 * embedded node. {@code -Dbench.cluster.e2e.seconds} and {@code -Dbench.cluster.e2e.warm-up-seconds} shorten it.
 */
final class ClusterEndToEndScenario implements Scenario {
    @Override
    public String name() {
        return "cluster-end-to-end";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        if (ctx.quick()) {
            return ClusterNodes.NOT_IN_QUICK_MODE;
        }
        int seconds = Integer.getInteger("bench.cluster.e2e.seconds", EndToEndScenario.SECONDS);
        int warmUpSeconds = Integer.getInteger("bench.cluster.e2e.warm-up-seconds", EndToEndScenario.WARM_UP_SECONDS);
        return EndToEnd.measure(ctx, name(), EndToEndScenario.rate(), seconds, warmUpSeconds,
                () -> ClusterNodes.up(ctx, name()));
    }

    @Override
    public String summary(Map<String, Object> f) {
        return f.containsKey("skipped") ? "skipped: " + f.get("skipped") : EndToEnd.summary(f);
    }
}
