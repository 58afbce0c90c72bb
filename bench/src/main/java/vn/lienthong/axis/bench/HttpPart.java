package vn.lienthong.axis.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** An empty HTTP endpoint's requests per second from concurrent clients over loopback. */
final class HttpPart {
    private HttpPart() {}

    static Map<String, Object> measure(int clients, Duration duration) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.createContext("/empty", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        var serverPool = Executors.newFixedThreadPool(4);
        server.setExecutor(serverPool);
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/empty");
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    HttpRequest req = HttpRequest.newBuilder(uri).GET().build();
                    while (System.nanoTime() < end) {
                        try {
                            http.send(req, HttpResponse.BodyHandlers.discarding());
                            done.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(duration.toSeconds() + 30, java.util.concurrent.TimeUnit.SECONDS);
        }
        long nanos = System.nanoTime() - start;
        server.stop(0);
        serverPool.shutdownNow();
        if (errors.get() > 0) {
            throw new BenchFailure("http part: " + errors.get() + " requests failed");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("clients", clients);
        r.put("requests", done.get());
        r.put("requestsPerSecond", Rate.round(Rate.perSecond(done.get(), nanos)));
        return r;
    }
}
