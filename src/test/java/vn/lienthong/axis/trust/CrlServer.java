package vn.lienthong.axis.trust;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509CRL;
import java.util.concurrent.atomic.AtomicInteger;

/** A real CRL distribution point on 127.0.0.1 serving one DER CRL at {@code /ca.crl}, counting requests. */
final class CrlServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile byte[] crl;

    CrlServer(X509CRL crl) throws Exception {
        this.crl = crl.getEncoded();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ca.crl", exchange -> {
            requests.incrementAndGet();
            byte[] body = this.crl;
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ca.crl";
    }

    void serve(X509CRL next) throws Exception {
        crl = next.getEncoded();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A URL on 127.0.0.1 where nothing listens (a closed port). */
    static String closedPortUrl(String path) throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }
    }
}
