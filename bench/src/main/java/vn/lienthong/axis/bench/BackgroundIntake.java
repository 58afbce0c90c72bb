package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One sender submitting signed packages (a 100 KB signed PDF each, fresh DocumentIds) back to back while a
 * scenario measures something else; {@link #stop} fails the run if any was refused.
 */
final class BackgroundIntake {
    private final Thread thread;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicReference<String> firstRefusal = new AtomicReference<>();
    private final long startNanos = System.nanoTime();
    private volatile boolean running = true;
    private Map<String, Object> result;

    private BackgroundIntake(AxisClient client, String token, List<byte[]> pool) {
        thread = new Thread(() -> {
            for (int i = 0; running && i < pool.size(); i++) {
                try {
                    AxisClient.Receipt r = client.submit(pool.get(i), token);
                    if (r.accepted()) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                        firstRefusal.compareAndSet(null, r.status() + " " + r.body());
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                    firstRefusal.compareAndSet(null, e.toString());
                }
            }
        }, "background-intake");
        thread.setDaemon(true);
    }

    static BackgroundIntake start(BenchContext ctx, AxisServer server) throws Exception {
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-background"));
        Path pdf = packages.signedPdf(100 * 1024);
        List<byte[]> pool = packages.pool(ctx.count(1000, 50), List.of(BenchPackages.PULL_RECIPIENT), pdf);
        AxisClient client = new AxisClient(server);
        String token = client.registerClient("bench background sender", List.of(BenchPackages.SENDER));
        BackgroundIntake b = new BackgroundIntake(client, token, pool);
        b.thread.start();
        return b;
    }

    /** Stops the sender (once) and returns what it did; throws if a package was refused. */
    synchronized Map<String, Object> stop() throws InterruptedException {
        if (result != null) {
            return result;
        }
        running = false;
        thread.join();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        result = new LinkedHashMap<>();
        result.put("accepted", accepted.get());
        result.put("acceptedPerSecond", Rate.round(accepted.get() / seconds));
        result.put("refused", refused.get());
        if (refused.get() > 0) {
            throw new BenchFailure("background intake: " + refused.get() + " refused, first: " + firstRefusal.get());
        }
        return result;
    }
}
