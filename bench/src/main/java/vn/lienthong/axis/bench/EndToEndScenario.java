package vn.lienthong.axis.bench;

import java.util.List;
import java.util.Map;

/**
 * Scenario 2: at a fixed offered load (open loop, 50 packages/s; quick 10/s for 3 s), after an
 * unmeasured warm-up at the same load, the time from send to visible in the recipient's inbox (pull;
 * the DMS polls and acks), then to the POST reaching a push recipient's endpoint started by the harness
 * ({@link EndToEnd}), on the single embedded axis.
 */
final class EndToEndScenario implements Scenario {
    /** Unmeasured load before the measured phases (none in quick mode). */
    static final int WARM_UP_SECONDS = 15;
    /** Packages/s offered ({@code -Dbench.e2e.rate}, 50 by default; quick 10). */
    static int rate() {
        return Integer.getInteger("bench.e2e.rate", 50);
    }

    static final int SECONDS = 20;

    @Override
    public String name() {
        return "end-to-end";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        return EndToEnd.measure(ctx, name(), ctx.count(rate(), 10), ctx.count(SECONDS, 3), ctx.count(WARM_UP_SECONDS, 0),
                () -> single(Servers.lease(ctx, name(), List.of())));
    }

    /** The leased axis; its CPU is the whole process's. */
    private static Topology single(AxisServer server) {
        return new Topology() {
            @Override
            public List<AxisTarget> nodes() {
                return List.of(server);
            }

            @Override
            public Map<String, Long> cpuTicks() {
                return Map.of("axis", ServerMetrics.cpuTicks(server.pid()));
            }

            @Override
            public void close() throws InterruptedException {
                Servers.release(server);
            }
        };
    }

    @Override
    public String summary(Map<String, Object> f) {
        return EndToEnd.summary(f);
    }
}
