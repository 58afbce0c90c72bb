package vn.lienthong.axis.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * DMS senders: each package goes to one node (round robin); until the axis answers 200 or 202, the same
 * bytes are sent again, to the other node after a failure. A request that gets no answer within
 * {@link #REQUEST_TIMEOUT} (a paused node) counts as failed. A 4xx answer is a refusal: the package is
 * recorded as refused and not sent again (the campaign fails on any).
 */
final class Senders {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long BACKOFF_MILLIS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Integer> nodePorts;
    private final String token;
    private final IntFunction<byte[]> packages;
    private final int count;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, String> refused = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastAckMillis;
    private volatile int allowance;
    private ExecutorService pool;

    Senders(List<Integer> nodePorts, String token, IntFunction<byte[]> packages, int count) {
        this.nodePorts = nodePorts;
        this.token = token;
        this.packages = packages;
        this.count = count;
    }

    /** Packages with an index below {@code n} may be sent; the others wait (the campaign paces them to its faults). */
    void allow(int n) {
        allowance = Math.min(n, count);
    }

    /** Every package the senders may send now has been acknowledged or refused. */
    boolean idle() {
        return done.get() >= allowance;
    }

    void start(int threads) {
        pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> send(n));
        }
        pool.shutdown();
    }

    boolean await(Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        pool.shutdownNow();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Package index → axisId of its acknowledgement. */
    Map<Integer, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    Map<Integer, String> refused() {
        return Map.copyOf(refused);
    }

    int attempts() {
        return attempts.get();
    }

    /** Failed attempts by cause: HTTP status or the exception's class. */
    Map<String, Integer> failures() {
        Map<String, Integer> m = new TreeMap<>();
        failures.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    long lastAckMillis() {
        return lastAckMillis;
    }

    private void send(int n) {
        try {
            while (n >= allowance) {
                Thread.sleep(50);
            }
            sendUntilAnswered(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.incrementAndGet();
        }
    }

    private void sendUntilAnswered(int n) {
        byte[] body = packages.apply(n);
        int node = n % nodePorts.size();
        while (!Thread.currentThread().isInterrupted()) {
            attempts.incrementAndGet();
            String cause;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + nodePorts.get(node) + "/api/v1/packages")).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202 || r.statusCode() == 200) {
                    acknowledged.put(n, JSON.readTree(r.body()).path("axisId").asText());
                    lastAckMillis = System.currentTimeMillis();
                    return;
                }
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    refused.put(n, r.statusCode() + " " + r.body());
                    return;
                }
                cause = "HTTP " + r.statusCode();
            } catch (IOException e) {
                cause = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            failures.computeIfAbsent(cause, k -> new AtomicInteger()).incrementAndGet();
            node = (node + 1) % nodePorts.size();
            try {
                Thread.sleep(BACKOFF_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
