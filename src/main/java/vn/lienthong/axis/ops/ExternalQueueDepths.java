package vn.lienthong.axis.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import vn.lienthong.axis.config.BrokerManagement;
import vn.lienthong.axis.jobs.DaemonThreads;

/**
 * The axis queues' depths on a standalone broker, read over its core management every {@code period} on a
 * thread of its own (a scrape or a console page never waits for the broker); a depth older than
 * {@code staleAfter}, or one the broker would not give, is unknown rather than a stale number. One management
 * connection serves every read; it is dropped on a failure, opened again at the next read, and closed on
 * {@link #close}.
 */
final class ExternalQueueDepths implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExternalQueueDepths.class);
    private static final long REQUEST_TIMEOUT_MS = 2_000;
    private static final long CLOSE_WAIT_MS = 2 * REQUEST_TIMEOUT_MS;
    private final ArtemisProperties artemis;
    private final List<String> queues;
    private final Duration staleAfter;
    private final ScheduledExecutorService timer = DaemonThreads.scheduled("queue-depths");
    private volatile Map<String, Long> depths = Map.of();
    private volatile Instant readAt = Instant.MIN;
    private volatile boolean failing;
    private BrokerManagement management; // used on the timer's thread only

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
        try {
            if (management == null) {
                management = new BrokerManagement(artemis, REQUEST_TIMEOUT_MS);
            }
            depths = read(management);
            readAt = Instant.now();
            if (failing) {
                log.info("Queue depths read from {} again", artemis.getBrokerUrl());
            }
            failing = false;
        } catch (Exception e) {
            disconnect();
            if (!failing) {
                log.warn("Cannot read queue depths from {} ({}); shown as unknown until it answers",
                        artemis.getBrokerUrl(), e.getMessage());
            }
            failing = true;
        }
    }

    private Map<String, Long> read(BrokerManagement broker) throws Exception {
        Map<String, Long> read = new HashMap<>();
        for (String queue : queues) {
            try {
                read.put(queue, Long.parseLong(broker.attribute(ResourceNames.QUEUE + queue, "messageCount")));
            } catch (BrokerManagement.RefusedException e) {
                log.debug("Broker gave no depth for {}: {}", queue, e.getMessage());
            }
        }
        return Map.copyOf(read);
    }

    private void disconnect() {
        BrokerManagement m = management;
        management = null;
        if (m != null) {
            try {
                m.close();
            } catch (Exception e) {
                log.debug("Closing the management connection to {}: {}", artemis.getBrokerUrl(), e.getMessage());
            }
        }
    }

    /** Stops reading and closes the connection, after a read under way (at most {@link #CLOSE_WAIT_MS}). */
    @Override
    public void close() {
        if (timer.isShutdown()) {
            return;
        }
        timer.execute(this::disconnect); // on the timer's thread, after a read under way
        timer.shutdown(); // drops the next periodic read, runs the disconnect
        try {
            if (!timer.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
