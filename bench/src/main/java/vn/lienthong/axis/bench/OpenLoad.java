package vn.lienthong.axis.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop sender: one package of the pool due every {@code 1/rate} s, whatever the answers take
 * (a slow axis does not lower the offered load). At most {@link #IN_FLIGHT} requests are in flight, as
 * a DMS fleet's connection pools would allow; a package waiting for a free connection is late, and its
 * latency counts from when it was due (no coordinated omission). Records the due instant per accepted
 * axisId.
 */
final class OpenLoad {
    static final int IN_FLIGHT = 32;

    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    /** When the axis's acceptance answer arrived, per accepted axisId (intake's share of end-to-end latency). */
    final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final IntakeScenario.Submitter submitter;
    private final List<byte[]> pool;
    private final int rate;
    private final AtomicInteger refused = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private long nanos;

    OpenLoad(IntakeScenario.Submitter submitter, List<byte[]> pool, int rate) {
        this.submitter = submitter;
        this.pool = pool;
        this.rate = rate;
    }

    void run() throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < pool.size(); i++) {
            long due = start + i * interval;
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            byte[] pkg = pool.get(i);
            senders.execute(() -> send(pkg, due));
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        nanos = System.nanoTime() - start;
    }

    private void send(byte[] pkg, long t0) {
        try {
            AxisClient.Receipt r = submitter.submit(pkg);
            if (r.accepted()) {
                answeredAt.put(r.axisId(), System.nanoTime());
                sentAt.put(r.axisId(), t0);
            } else {
                refused.incrementAndGet();
                errors.add(r.status() + " " + r.body());
            }
        } catch (Exception e) {
            refused.incrementAndGet();
            errors.add(e.toString());
        }
    }

    double achievedPerSecond() {
        return Rate.perSecond(sentAt.size(), nanos);
    }

    void failIfRefused(String scenario) {
        if (refused.get() > 0) {
            throw new BenchFailure(scenario + ": " + refused.get() + " packages refused or failed, first: "
                    + errors.peek());
        }
    }
}
