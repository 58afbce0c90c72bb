package vn.lienthong.axis.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** POSTs the original package bytes, streamed from the blob, to an agency's push endpoint. */
public class PushClient {
    private final HttpClient http;
    private final Duration timeout;

    public PushClient(Duration connectTimeout, Duration timeout) {
        this(connectTimeout, timeout, null);
    }

    /** @param tls trust store and optional client certificate for https endpoints; null for the JVM's defaults */
    public PushClient(Duration connectTimeout, Duration timeout, SSLContext tls) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            b.sslContext(tls);
        }
        this.http = b.build();
        this.timeout = timeout;
    }

    /** Returns the HTTP status; throws IOException when no answer came (refused, timeout). */
    public int post(String endpoint, Path payload, String axisId, String documentId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout)
                .header("Content-Type", "application/xml")
                .header("X-Axis-Id", axisId)
                .POST(HttpRequest.BodyPublishers.ofFile(payload));
        if (documentId != null) {
            request.header("X-Document-Id", headerSafe(documentId));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Percent-encodes the bytes that an HTTP header cannot carry (non-ASCII, controls, '%'). */
    static String headerSafe(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x20 || c >= 0x7f || c == '%') {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
