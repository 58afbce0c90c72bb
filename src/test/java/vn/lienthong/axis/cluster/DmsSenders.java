package vn.lienthong.axis.cluster;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lienthong.axis.support.Api;

/**
 * Senders that behave like a DMS: each package goes to one node (round robin), and until the axis answers
 * 202 or 200 the same bytes are sent again, to the other node after a refused connection or an error.
 * Counts attempts and failures so that a campaign can report them.
 */
final class DmsSenders {
    private static final Duration BACKOFF = Duration.ofMillis(250);
    private final List<Api> nodes;
    private final String token;
    private final List<byte[]> packages;
    private final Duration giveUpAfter;
    private final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private ExecutorService pool;

    DmsSenders(List<Api> nodes, String token, List<byte[]> packages, Duration giveUpAfter) {
        this.nodes = nodes;
        this.token = token;
        this.packages = packages;
        this.giveUpAfter = giveUpAfter;
    }

    void start(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < packages.size(); i++) {
            int n = i;
            pool.submit(() -> send(n));
        }
        pool.shutdown();
    }

    /** Waits until every package has been acknowledged or abandoned; true if all were acknowledged. */
    boolean awaitAll(Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS) && acknowledged.size() == packages.size();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Package index → axisId of the acknowledgement. */
    Map<Integer, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int attempts() {
        return attempts.get();
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    private void send(int n) {
        Instant giveUp = Instant.now().plus(giveUpAfter);
        int node = n % nodes.size();
        while (Instant.now().isBefore(giveUp)) {
            attempts.incrementAndGet();
            try {
                HttpResponse<String> r = nodes.get(node).submit(packages.get(n), token);
                if (r.statusCode() == 202 || r.statusCode() == 200) {
                    acknowledged.put(n, Api.json(r).path("axisId").asText());
                    return;
                }
                if (r.statusCode() < 500) {
                    throw new IllegalStateException("package " + n + " refused: " + r.statusCode() + " " + r.body());
                }
            } catch (UncheckedIOException e) {
                // connection refused or reset: the node is down; the DMS tries the other one
            }
            failedAttempts.incrementAndGet();
            node = (node + 1) % nodes.size();
            pause();
        }
    }

    /** A DMS waits a little before it sends the same bytes again. */
    private static void pause() {
        try {
            Thread.sleep(BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
