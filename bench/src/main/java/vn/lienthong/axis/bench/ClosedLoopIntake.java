package vn.lienthong.axis.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intake scenario's measurement on one axis: {@link IntakeScenario#SENDERS} closed-loop senders submit the
 * pool's packages to the local pull unit, unmeasured during the warm-up, then for the measured window; then every
 * accepted package must be listed in the unit's inbox, else {@link BenchFailure}. Used by {@code intake} and by
 * {@code scale} (small and big ledger).
 */
final class ClosedLoopIntake {
    private ClosedLoopIntake() {}

    /**
     * @param pool signed packages from {@link BenchPackages#SENDER} to {@link BenchPackages#PULL_RECIPIENT}, none
     *             yet submitted to this axis
     * @return warm-up and window figures: packages/s, submit latency, the axis's CPU and heap over the window
     *         (and PostgreSQL's CPU on that profile), how many were listed in the inbox
     */
    static Map<String, Object> measure(AxisServer server, List<byte[]> pool, int warmUpSeconds, int seconds,
                                       Duration listedWithin, String scenario) throws Exception {
        AxisClient client = new AxisClient(server);
        String senderToken = client.registerClient("bench sender", List.of(BenchPackages.SENDER));
        String recipientToken = client.registerClient("bench recipient", List.of(BenchPackages.PULL_RECIPIENT));
        AxisClient.Receipt first = client.submit(pool.get(0), senderToken); // not counted
        if (!first.accepted()) {
            throw new BenchFailure(scenario + ": the warm-up package was refused: " + first.status() + " "
                    + first.body());
        }

        IntakeScenario.Load warm = new IntakeScenario.Load(client, senderToken, pool, 1);
        warm.run(IntakeScenario.SENDERS, System.nanoTime() + warmUpSeconds * 1_000_000_000L);
        warm.failIfRefused(scenario + " warm-up");

        IntakeScenario.Load load = new IntakeScenario.Load(client, senderToken, pool, warm.next.get());
        ServerMetrics metrics = new ServerMetrics(server);
        Map<Long, Long> postgresBefore = BenchDatabase.postgres() ? PostgresCpu.ticksByPid() : null;
        long start = System.nanoTime();
        load.run(IntakeScenario.SENDERS, start + seconds * 1_000_000_000L);
        long nanos = System.nanoTime() - start;
        Map<String, Object> serverFigures = metrics.figures();
        Map<Long, Long> postgresAfter = BenchDatabase.postgres() ? PostgresCpu.ticksByPid() : null;
        load.failIfRefused(scenario);

        Set<String> expected = new HashSet<>(load.accepted);
        expected.addAll(warm.accepted);
        expected.add(first.axisId());
        Set<String> missing = Deliveries.awaitInInbox(client, recipientToken, BenchPackages.PULL_RECIPIENT,
                expected, listedWithin);
        if (!missing.isEmpty()) {
            throw new BenchFailure(scenario + ": " + missing.size() + " of " + expected.size()
                    + " accepted packages never reached the recipient's inbox");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warmUpSeconds", warmUpSeconds);
        m.put("warmUpAccepted", warm.accepted.size());
        m.put("poolExhausted", load.exhausted());
        m.put("seconds", Rate.round(nanos / 1e9));
        m.put("accepted", load.accepted.size());
        m.put("refused", load.refused.get());
        m.put("acceptedPerSecond", Rate.round(Rate.perSecond(load.accepted.size(), nanos)));
        m.putAll(load.latencies());
        m.putAll(serverFigures);
        double postgresCores = PostgresCpu.cores(postgresBefore, postgresAfter, nanos);
        if (postgresCores >= 0) {
            m.put("postgresqlCpuCores", Rate.round(postgresCores)); // the whole server: other databases too
        }
        m.put("deliveredToInbox", expected.size());
        m.put("lost", 0);
        long h2Bytes = server.h2FileBytes();
        if (h2Bytes >= 0) { // the file while the axis runs, after the warm-up and the window (ADR 040)
            m.put("h2FileBytesPerPackage", h2Bytes / expected.size());
        }
        return m;
    }
}
