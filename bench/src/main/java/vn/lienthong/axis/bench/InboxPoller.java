package vn.lienthong.axis.bench;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A DMS polling its inbox back to back (10 ms pause) and acknowledging what it saw, so the listing
 * stays short; records the instant each axisId was first listed.
 */
final class InboxPoller {
    final AtomicLong requests = new AtomicLong();
    private final AxisClient client;
    private final String token;
    private final String agency;
    private final Map<String, Long> seenAt;
    private final ExecutorService ackers = Executors.newFixedThreadPool(2);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    InboxPoller(AxisClient client, String token, String agency, Map<String, Long> seenAt) {
        this.client = client;
        this.token = token;
        this.agency = agency;
        this.seenAt = seenAt;
        this.thread = new Thread(this::poll, "bench-inbox-poller");
    }

    void start() {
        thread.start();
    }

    private void poll() {
        while (running) {
            try {
                AxisClient.Page page = client.inbox(token, agency, null, 500);
                long now = System.nanoTime();
                requests.incrementAndGet();
                for (AxisClient.Item item : page.items()) {
                    if (seenAt.putIfAbsent(item.axisId(), now) == null) {
                        ackers.execute(() -> ack(item.axisId()));
                    }
                }
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failure = e;
                return;
            }
        }
    }

    private void ack(String axisId) {
        try {
            client.ack(token, agency, axisId);
        } catch (Exception e) {
            failure = e;
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
        ackers.shutdown();
        ackers.awaitTermination(1, TimeUnit.MINUTES);
        if (failure != null) {
            throw new BenchFailure("inbox poller of " + agency + " failed: " + failure);
        }
    }
}
