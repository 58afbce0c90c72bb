package vn.lienthong.axis.trust;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP GET/POST with timeouts and a size cap, for CRL and OCSP requests. */
final class HttpFetcher {
    private final HttpClient client;
    private final Duration requestTimeout;

    HttpFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    byte[] get(String url, int maxBytes) throws IOException {
        return send(HttpRequest.newBuilder(uri(url)).timeout(requestTimeout).GET().build(), maxBytes);
    }

    byte[] post(String url, String contentType, byte[] body, int maxBytes) throws IOException {
        return send(HttpRequest.newBuilder(uri(url)).timeout(requestTimeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), maxBytes);
    }

    private byte[] send(HttpRequest request, int maxBytes) throws IOException {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
                }
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new IOException("Response from " + request.uri() + " exceeds " + maxBytes + " bytes");
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + request.uri(), e);
        }
    }

    private static URI uri(String url) throws IOException {
        try {
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IOException("Unsupported URL scheme: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IOException("Malformed URL: " + url, e);
        }
    }
}
