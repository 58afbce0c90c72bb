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
 * Scenario 2: at a fixed offered load (open loop, 50 packages/s; quick 10/s for 3 s), after an
 * unmeasured warm-up at the same load, the time from send to visible in the recipient's inbox (pull;
 * the DMS polls and acks), then to the POST reaching a push recipient's endpoint started by the harness.
 */
final class EndToEndScenario implements Scenario {
    static final String PUSH_RECIPIENT = "000.00.03.H99";
    /** Another pull unit than intake's, so a shared quick-mode axis keeps the two inboxes apart. */
    static final String PULL_RECIPIENT = "000.00.02.H99";
    /** Unmeasured load before the measured phases (none in quick mode). */
    static final int WARM_UP_SECONDS = 15;

    @Override
    public String name() {
        return "end-to-end";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        int rate = ctx.count(50, 10);
        int seconds = ctx.count(20, 3);
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-end-to-end"));
        Path pdf = packages.signedPdf(100 * 1024);
        List<byte[]> pullPool = packages.pool(rate * seconds, List.of(PULL_RECIPIENT), pdf);
        List<byte[]> pushPool = packages.pool(rate * seconds, List.of(PUSH_RECIPIENT), pdf);
        List<byte[]> warmUpPool = packages.pool(rate * ctx.count(WARM_UP_SECONDS, 0), List.of(PULL_RECIPIENT), pdf);

        Map<String, Long> pushedAt = new ConcurrentHashMap<>();
        AtomicInteger duplicatePushes = new AtomicInteger();
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
        AxisServer server = Servers.lease(ctx, name(), List.of());
        try {
            AxisClient client = new AxisClient(server);
            client.createAgency(PUSH_RECIPIENT, "Bench push unit", "push",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/push");
            String senderToken = client.registerClient("bench sender", List.of(BenchPackages.SENDER));
            String pullToken = client.registerClient("bench pull recipient", List.of(PULL_RECIPIENT));

            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            InboxPoller poller = new InboxPoller(client, pullToken, PULL_RECIPIENT, seenAt);
            poller.start();
            warmUp(client, senderToken, warmUpPool, rate, seenAt, ctx);
            OpenLoad pull = new OpenLoad(client, senderToken, pullPool, rate);
            pull.run();
            Set<String> lostPull = awaitAll(pull.sentAt.keySet(), seenAt, ctx);
            poller.stop();
            pull.failIfRefused("end-to-end pull");
            if (!lostPull.isEmpty()) {
                throw new BenchFailure("end-to-end pull: " + lostPull.size() + " accepted packages never listed");
            }

            OpenLoad push = new OpenLoad(client, senderToken, pushPool, rate);
            push.run();
            Set<String> lostPush = awaitAll(push.sentAt.keySet(), pushedAt, ctx);
            push.failIfRefused("end-to-end push");
            if (!lostPush.isEmpty()) {
                throw new BenchFailure("end-to-end push: " + lostPush.size() + " accepted packages never pushed");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offeredPerSecond", rate);
            m.put("seconds", seconds);
            m.put("pull", phase(pull, seenAt));
            m.put("pullPollerRequests", poller.requests.get());
            m.put("push", phase(push, pushedAt));
            m.put("duplicatePushes", duplicatePushes.get());
            return m;
        } finally {
            Servers.release(server);
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    /**
     * The same load, not measured, on a fresh axis: a server in service runs JIT-compiled code, and
     * the first seconds after a start (C2 compiling on both cores) would otherwise be measured.
     */
    private static void warmUp(AxisClient client, String token, List<byte[]> pool, int rate, Map<String, Long> seenAt,
                               BenchContext ctx) throws Exception {
        if (pool.isEmpty()) {
            return;
        }
        OpenLoad warmUp = new OpenLoad(client, token, pool, rate);
        warmUp.run();
        warmUp.failIfRefused("end-to-end warm-up");
        Set<String> lost = awaitAll(warmUp.sentAt.keySet(), seenAt, ctx);
        if (!lost.isEmpty()) {
            throw new BenchFailure("end-to-end warm-up: " + lost.size() + " accepted packages never listed");
        }
    }

    private static Set<String> awaitAll(Set<String> sent, Map<String, Long> arrived, BenchContext ctx)
            throws InterruptedException {
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
    private static Map<String, Object> phase(OpenLoad load, Map<String, Long> arrivedAt) {
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

    @Override
    @SuppressWarnings("unchecked")
    public String summary(Map<String, Object> f) {
        var pull = (Map<String, Object>) f.get("pull");
        var push = (Map<String, Object>) f.get("push");
        return "at " + f.get("offeredPerSecond") + "/s: send→inbox p50/p99 " + pull.get("p50Ms") + "/" + pull.get("p99Ms")
                + " ms (" + pull.get("accepted") + " all listed; accepted p50 " + pull.get("acceptedP50Ms")
                + " ms), send→push p50/p99 " + push.get("p50Ms") + "/" + push.get("p99Ms") + " ms (" + push.get("accepted")
                + " all pushed, " + f.get("duplicatePushes") + " duplicates; accepted p50 " + push.get("acceptedP50Ms")
                + " ms)";
    }
}
