package vn.lienthong.axis.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's CPU and heap over a measured window: CPU from {@code /proc/<pid>/stat} (utime + stime,
 * the whole process), heap as the largest sum of {@code jvm_memory_used_bytes{area="heap"}} seen on
 * {@code /actuator/prometheus}, sampled every 200 ms.
 */
final class ServerMetrics implements AutoCloseable {
    static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final AxisServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong maxHeap = new AtomicLong();
    private final Thread sampler;
    private final long startTicks;
    private final long startNanos;
    private volatile boolean running = true;
    private volatile long scrapeErrors;

    ServerMetrics(AxisServer server) {
        this.server = server;
        this.startTicks = cpuTicks(server.pid());
        this.startNanos = System.nanoTime();
        this.sampler = new Thread(this::sample, "bench-metrics");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        HttpRequest req = HttpRequest.newBuilder(server.uri("/actuator/prometheus")).GET().build();
        while (running) {
            try {
                long heap = heapUsed(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
                maxHeap.accumulateAndGet(heap, Math::max);
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                scrapeErrors++;
            }
        }
    }

    static long heapUsed(String prometheus) {
        long sum = 0;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** utime + stime of the process, in clock ticks; -1 when /proc is not there. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Stops sampling; the figures of the window since construction. */
    Map<String, Object> figures() {
        running = false;
        sampler.interrupt();
        long ticks = cpuTicks(server.pid());
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        if (ticks >= 0 && startTicks >= 0) {
            double cores = (ticks - startTicks) / TICKS_PER_SECOND / seconds;
            m.put("serverCpuCores", Rate.round(cores));
            m.put("serverCpuPercentOfMachine", Rate.round(100 * cores / Runtime.getRuntime().availableProcessors()));
        }
        m.put("serverHeapMaxMB", Rate.round(maxHeap.get() / 1e6));
        m.put("metricScrapeErrors", scrapeErrors);
        return m;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
