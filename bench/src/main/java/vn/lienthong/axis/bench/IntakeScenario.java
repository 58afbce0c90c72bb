package vn.lienthong.axis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 1: signed packages (RSA-2048, rsa-sha256, one 100 KB signed PDF) from 8 concurrent senders
 * for 60 s (quick: 5 s), after 60 s of the same load unmeasured (quick: none), to one local pull
 * unit; then every accepted package must be in its inbox.
 */
final class IntakeScenario implements Scenario {
    static final int SENDERS = 8;
    /** Unmeasured load first (none in quick mode): the JIT compiles the intake path, as in a server in service. */
    static final int WARM_UP_SECONDS = 60;

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        int seconds = ctx.quick() ? 5 : 60;
        int poolSize = poolSize(ctx);
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-intake"));
        Path pdf = packages.signedPdf(100 * 1024);
        long buildStart = System.nanoTime();
        List<byte[]> pool = packages.pool(poolSize, List.of(BenchPackages.PULL_RECIPIENT), pdf);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        Files.writeString(ctx.workDir().resolve("intake-sample.edxml"), new String(pool.get(0)));

        AxisServer server = Servers.lease(ctx, name(), List.of());
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("senders", SENDERS);
            m.put("packageBytes", pool.get(0).length);
            m.put("attachmentBytes", Files.size(pdf));
            m.put("signature", "RSA-2048 rsa-sha256, sample key of " + BenchPackages.SENDER);
            m.put("poolSize", poolSize);
            m.put("poolBuildSeconds", Rate.round(buildSeconds));
            m.putAll(ClosedLoopIntake.measure(server, pool, ctx.count(WARM_UP_SECONDS, 0), seconds,
                    java.time.Duration.ofSeconds(ctx.quick() ? 60 : 300), name()));
            return m;
        } finally {
            Servers.release(server);
        }
    }

    /**
     * Distinct packages signed before the clock starts: enough for the warm-up and the window at 225/s (at 18,000 a
     * machine doing 210/s ran out on 7 Dec 2026; {@code poolExhausted} says so), fewer where 70 % of the harness's
     * heap cannot hold them (~150 KB each: 3.9 GB for 27,000; the default heap is a quarter of the memory).
     * {@code -Dbench.intake.pool} sets it.
     */
    static int poolSize(BenchContext ctx) {
        String size = System.getProperty("bench.intake.pool", "").trim(); // the pom passes "" by default
        long fits = (long) (Runtime.getRuntime().maxMemory() * 0.7 / 150_000);
        return ctx.quick() ? 300 : size.isEmpty() ? (int) Math.min(27_000, fits) : Integer.parseInt(size);
    }

    @Override
    public String summary(Map<String, Object> f) {
        return f.get("acceptedPerSecond") + " packages/s accepted (" + f.get("accepted") + " in " + f.get("seconds")
                + " s, 8 senders), latency p50/p95/p99 " + f.get("latencyP50Ms") + "/" + f.get("latencyP95Ms") + "/"
                + f.get("latencyP99Ms") + " ms, server CPU " + f.get("serverCpuCores") + " cores, heap max "
                + f.get("serverHeapMaxMB") + " MB, all " + f.get("deliveredToInbox") + " in the inbox";
    }

    /** Sends one package through some edge. */
    @FunctionalInterface
    interface Submitter {
        AxisClient.Receipt submit(byte[] pkg) throws Exception;

        /** Submits to the nodes in turn (several nodes behind no balancer, as DMSs spread over them). */
        static Submitter alternating(List<AxisClient> nodes, String token) {
            AtomicInteger turn = new AtomicInteger();
            return pkg -> nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size())).submit(pkg, token);
        }
    }

    /** Closed-loop senders taking the next package of the pool until the deadline or the pool's end. */
    static final class Load {
        final Submitter submitter;
        final List<byte[]> pool;
        final AtomicInteger next;
        final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger refused = new AtomicInteger();

        Load(AxisClient client, String token, List<byte[]> pool, int firstIndex) {
            this(pkg -> client.submit(pkg, token), pool, firstIndex);
        }

        Load(Submitter submitter, List<byte[]> pool, int firstIndex) {
            this.submitter = submitter;
            this.pool = pool;
            this.next = new AtomicInteger(firstIndex);
        }

        void run(int threads, long deadline) throws Exception {
            ExecutorService exec = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(exec.submit(() -> {
                    for (int i; System.nanoTime() < deadline && (i = next.getAndIncrement()) < pool.size(); ) {
                        send(pool.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            exec.shutdown();
        }

        private void send(byte[] pkg) {
            long t0 = System.nanoTime();
            try {
                AxisClient.Receipt r = submitter.submit(pkg);
                millis.add((System.nanoTime() - t0) / 1e6);
                if (r.accepted()) {
                    accepted.add(r.axisId());
                } else {
                    refused.incrementAndGet();
                    errors.add(r.status() + " " + r.body());
                }
            } catch (Exception e) {
                refused.incrementAndGet();
                errors.add(e.toString());
            }
        }

        boolean exhausted() {
            return next.get() >= pool.size();
        }

        void failIfRefused(String scenario) {
            if (refused.get() > 0) {
                throw new BenchFailure(scenario + ": " + refused.get() + " packages refused or failed, first: "
                        + errors.peek());
            }
        }

        Map<String, Object> latencies() {
            double[] ms = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("latencyP50Ms", Rate.percentile(ms, 50));
            m.put("latencyP95Ms", Rate.percentile(ms, 95));
            m.put("latencyP99Ms", Rate.percentile(ms, 99));
            m.put("latencyMaxMs", Rate.percentile(ms, 100));
            return m;
        }
    }
}
