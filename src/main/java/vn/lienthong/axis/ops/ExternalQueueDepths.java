package vn.lienthong.axis.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import vn.lienthong.axis.config.BrokerManagement;

/**
 * The axis queues' depths on a standalone broker, read over its core management every {@code period} on a
 * thread of its own (a scrape or a console page never waits for the broker); a depth older than
 * {@code staleAfter}, or one the broker would not give, is unknown rather than a stale number.
 */
final class ExternalQueueDepths implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExternalQueueDepths.class);
    private static final long REQUEST_TIMEOUT_MS = 2_000;
    private final ArtemisProperties artemis;
    private final List<String> queues;
    private final Duration staleAfter;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "queue-depths");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, Long> depths = Map.of();
    private volatile Instant readAt = Instant.MIN;
    private volatile boolean failing;

    ExternalQueueDepths(ArtemisProperties artemis, List<String> queues, Duration period, Duration staleAfter) {
        this.artemis = artemis;
        this.queues = List.copyOf(queues);
        this.staleAfter = staleAfter;
        timer.scheduleWithFixedDelay(this::refresh, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    OptionalLong depth(String queue) {
        Long depth = depths.get(queue);
        boolean fresh = Duration.between(readAt, Instant.now()).compareTo(staleAfter) <= 0;
        return depth == null || !fresh ? OptionalLong.empty() : OptionalLong.of(depth);
    }

    private void refresh() {
        try (BrokerManagement management = new BrokerManagement(artemis, REQUEST_TIMEOUT_MS)) {
            Map<String, Long> read = new HashMap<>();
            for (String queue : queues) {
                try {
                    read.put(queue, Long.parseLong(management.attribute(ResourceNames.QUEUE + queue, "messageCount")));
                } catch (BrokerManagement.RefusedException e) {
                    log.debug("Broker gave no depth for {}: {}", queue, e.getMessage());
                }
            }
            depths = Map.copyOf(read);
            readAt = Instant.now();
            if (failing) {
                log.info("Queue depths read from {} again", artemis.getBrokerUrl());
            }
            failing = false;
        } catch (Exception e) {
            if (!failing) {
                log.warn("Cannot read queue depths from {} ({}); shown as unknown until it answers",
                        artemis.getBrokerUrl(), e.getMessage());
            }
            failing = true;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
