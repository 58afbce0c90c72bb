package vn.lienthong.axis.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The end-to-end measurement on any {@link Topology}: after an unmeasured warm-up at the same load, open-loop
 * {@code rate} packages/s for {@code seconds} to a pull unit whose DMS polls its inbox (through the last node) and
 * acks, then the same to a push unit whose endpoint is an HTTP server in the harness; the senders take the nodes in
 * turn. Every accepted package must arrive, pushes are counted for duplicates, and each phase reports the CPU of
 * the topology's processes from its first send to its last arrival.
 */
final class EndToEnd {
    static final String PUSH_RECIPIENT = "000.00.03.H99";
    /** Another pull unit than intake's, so a shared quick-mode axis keeps the two inboxes apart. */
    static final String PULL_RECIPIENT = "000.00.02.H99";

    /** Starts the topology once the packages are built and the push receiver listens. */
    @FunctionalInterface
    interface Opener {
        Topology open() throws Exception;
    }

    private final BenchContext ctx;
    private final String scenario;
    private final Map<String, Long> pushedAt = new ConcurrentHashMap<>();
    private final AtomicInteger duplicatePushes = new AtomicInteger();

    private EndToEnd(BenchContext ctx, String scenario) {
        this.ctx = ctx;
        this.scenario = scenario;
    }

    static Map<String, Object> measure(BenchContext ctx, String scenario, int rate, int seconds, int warmUpSeconds,
                                       Opener opener) throws Exception {
        return new EndToEnd(ctx, scenario).run(rate, seconds, warmUpSeconds, opener);
    }

    private Map<String, Object> run(int rate, int seconds, int warmUpSeconds, Opener opener) throws Exception {
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-" + scenario));
        Path pdf = packages.signedPdf(100 * 1024);
        List<byte[]> pullPool = packages.pool(rate * seconds, List.of(PULL_RECIPIENT), pdf);
        List<byte[]> pushPool = packages.pool(rate * seconds, List.of(PUSH_RECIPIENT), pdf);
        List<byte[]> warmUpPool = packages.pool(rate * warmUpSeconds, List.of(PULL_RECIPIENT), pdf);

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        receiver.createContext("/push", ex -> {
            long now = System.nanoTime();
            ex.getRequestBody().readAllBytes();
            String axisId = ex.getRequestHeaders().getFirst("X-Axis-Id");
            if (axisId != null && pushedAt.putIfAbsent(axisId, now) != null) {
                duplicatePushes.incrementAndGet();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiverThreads);
        receiver.start();
        try (Topology topology = opener.open()) {
            List<AxisClient> nodes = topology.nodes().stream().map(AxisClient::new).toList();
            AxisClient admin = nodes.get(0);
            admin.createAgency(PUSH_RECIPIENT, "Bench push unit", "push",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/push");
            String senderToken = admin.registerClient("bench sender", List.of(BenchPackages.SENDER));
            String pullToken = admin.registerClient("bench pull recipient", List.of(PULL_RECIPIENT));
            IntakeScenario.Submitter send = IntakeScenario.Submitter.alternating(nodes, senderToken);

            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            InboxPoller poller = new InboxPoller(nodes.get(nodes.size() - 1), pullToken, PULL_RECIPIENT, seenAt);
            poller.start();
            if (!warmUpPool.isEmpty()) {
                // a server in service runs JIT-compiled code; the first seconds after a start would otherwise count
                load(topology, new OpenLoad(send, warmUpPool, rate), seenAt, "warm-up", "listed");
            }
            Map<String, Object> pull = load(topology, new OpenLoad(send, pullPool, rate), seenAt, "pull", "listed");
            poller.stop();
            Map<String, Object> push = load(topology, new OpenLoad(send, pushPool, rate), pushedAt, "push", "pushed");

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodes", nodes.size());
            m.put("offeredPerSecond", rate);
            m.put("seconds", seconds);
            m.put("warmUpSeconds", warmUpSeconds);
            m.put("pull", pull);
            m.put("pullPoller", poller.figures());
            m.put("push", push);
            m.put("duplicatePushes", duplicatePushes.get());
            return m;
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    /** Runs one phase to its last arrival; fails on a refused or a lost package; the phase's figures. */
    private Map<String, Object> load(Topology topology, OpenLoad load, Map<String, Long> arrivedAt, String phase,
                                     String arrived) throws Exception {
        Map<String, Long> ticksBefore = topology.cpuTicks();
        long start = System.nanoTime();
        load.run();
        Set<String> lost = awaitAll(load.sentAt.keySet(), arrivedAt);
        long nanos = System.nanoTime() - start;
        Map<String, Long> ticksAfter = topology.cpuTicks();
        load.failIfRefused(scenario + " " + phase);
        if (!lost.isEmpty()) {
            throw new BenchFailure(scenario + " " + phase + ": " + lost.size() + " accepted packages never " + arrived);
        }
        Map<String, Object> m = figures(load, arrivedAt);
        m.put("phaseSeconds", Rate.round(nanos / 1e9));
        m.put("cpuCores", Topology.cores(ticksBefore, ticksAfter, nanos));
        return m;
    }

    private Set<String> awaitAll(Set<String> sent, Map<String, Long> arrived) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(ctx.quick() ? 30 : 300).toNanos();
        Set<String> missing = new HashSet<>(sent);
        while (true) {
            missing.removeIf(arrived::containsKey);
            if (missing.isEmpty() || System.nanoTime() > end) {
                return missing;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** Latency from the instant each package was due (open loop), to its arrival. */
    private static Map<String, Object> figures(OpenLoad load, Map<String, Long> arrivedAt) {
        double[] ms = load.sentAt.entrySet().stream()
                .mapToDouble(e -> (arrivedAt.get(e.getKey()) - e.getValue()) / 1e6).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accepted", load.sentAt.size());
        m.put("achievedSendPerSecond", Rate.round(load.achievedPerSecond()));
        m.put("inFlightCap", OpenLoad.IN_FLIGHT);
        m.put("p50Ms", Rate.percentile(ms, 50));
        m.put("p95Ms", Rate.percentile(ms, 95));
        m.put("p99Ms", Rate.percentile(ms, 99));
        m.put("maxMs", Rate.percentile(ms, 100));
        double[] answer = load.sentAt.entrySet().stream()
                .mapToDouble(e -> (load.answeredAt.get(e.getKey()) - e.getValue()) / 1e6).toArray();
        m.put("acceptedP50Ms", Rate.percentile(answer, 50));
        m.put("acceptedP99Ms", Rate.percentile(answer, 99));
        return m;
    }

    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> f) {
        var pull = (Map<String, Object>) f.get("pull");
        var push = (Map<String, Object>) f.get("push");
        return "at " + f.get("offeredPerSecond") + "/s on " + f.get("nodes") + " node(s): send→inbox p50/p99 "
                + pull.get("p50Ms") + "/" + pull.get("p99Ms") + " ms (" + pull.get("accepted") + " all listed; accepted p50 "
                + pull.get("acceptedP50Ms") + " ms; CPU cores " + pull.get("cpuCores") + "; DMS " + f.get("pullPoller")
                + "), send→push p50/p99 "
                + push.get("p50Ms") + "/" + push.get("p99Ms") + " ms (" + push.get("accepted") + " all pushed, "
                + f.get("duplicatePushes") + " duplicates; accepted p50 " + push.get("acceptedP50Ms") + " ms; CPU cores "
                + push.get("cpuCores") + ")";
    }
}
