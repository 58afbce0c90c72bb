package vn.lienthong.axis.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A recipient's push endpoint on a fixed port that the campaign takes down (the port refuses connections)
 * and brings back. Its push log holds every request it answered 200, with {@code X-Axis-Id} and the
 * document id, in arrival order: a recipient de-duplicates on {@code X-Axis-Id}.
 */
final class PushRecipient implements AutoCloseable {
    /** One push the recipient accepted. */
    record Push(String axisId, String documentId, long atMillis) {}

    private final String agency;
    private final int port;
    private final List<Push> log = new CopyOnWriteArrayList<>();
    private HttpServer server;

    PushRecipient(String agency) {
        this.agency = agency;
        this.port = freePort();
    }

    String agency() {
        return agency;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/push";
    }

    List<Push> log() {
        return List.copyOf(log);
    }

    /** The time of the first push accepted at or after {@code millis}, or -1. */
    long firstPushSince(long millis) {
        return log.stream().mapToLong(Push::atMillis).filter(t -> t >= millis).min().orElse(-1);
    }

    synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("push recipient " + agency + " cannot bind " + port, e);
        }
        server.createContext("/push", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String axisId = exchange.getRequestHeaders().getFirst("X-Axis-Id");
            String documentId = exchange.getRequestHeaders().getFirst("X-Document-Id");
            log.add(new Push(axisId, documentId == null ? null : URLDecoder.decode(documentId.replace("+", "%2B"),
                    StandardCharsets.UTF_8), System.currentTimeMillis()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** Stops listening at once: pushes in flight are cut, new ones are refused. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
