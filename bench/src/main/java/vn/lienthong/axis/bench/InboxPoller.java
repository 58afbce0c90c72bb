package vn.lienthong.axis.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A DMS polling its inbox back to back (10 ms pause): each round lists every pending item from the start,
 * page after page with the cursor, and acknowledges what it had not seen, on two threads; records the
 * instant each axisId was first listed, the longest page and how long each ack took. Until session 8 it read
 * only the first page of 500: when acknowledgements lagged, newer items stayed hidden behind unacknowledged
 * ones and the figure measured the DMS's ack threads, not the axis. A round must start from the beginning:
 * copies commit out of id order, so one that becomes available after a later id was listed is behind a
 * cursor kept from round to round.
 */
final class InboxPoller {
    final AtomicLong requests = new AtomicLong();
    final AtomicInteger longestListing = new AtomicInteger();
    final ConcurrentLinkedQueue<Long> ackNanos = new ConcurrentLinkedQueue<>();
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
                String after = null;
                do {
                    AxisClient.Page page = client.inbox(token, agency, after, 500);
                    long now = System.nanoTime();
                    requests.incrementAndGet();
                    longestListing.accumulateAndGet(page.items().size(), Math::max);
                    for (AxisClient.Item item : page.items()) {
                        if (seenAt.putIfAbsent(item.axisId(), now) == null) {
                            ackers.execute(() -> ack(item.axisId()));
                        }
                    }
                    after = page.nextCursor();
                } while (after != null && running);
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
            long t = System.nanoTime();
            client.ack(token, agency, axisId);
            ackNanos.add(System.nanoTime() - t);
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

    /** The DMS side of the inbox: requests, the longest listing, ack latency p50/p99. */
    Map<String, Object> figures() {
        double[] ms = ackNanos.stream().mapToDouble(n -> n / 1e6).toArray();
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("requests", requests.get());
        m.put("longestListing", longestListing.get());
        m.put("acks", ms.length);
        m.put("ackP50Ms", Rate.percentile(ms, 50));
        m.put("ackP99Ms", Rate.percentile(ms, 99));
        return m;
    }
}
