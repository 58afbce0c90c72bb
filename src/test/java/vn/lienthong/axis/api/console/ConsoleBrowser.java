package vn.lienthong.axis.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A plain HTTP client that behaves like a browser on the console: a cookie jar, the CSRF field of the last page. */
final class ConsoleBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf;

    ConsoleBrowser(int port) {
        this.port = port;
    }

    /** Signs in; returns the answer to the sign-in form (302 to /console, or back to the page with ?error). */
    static ConsoleBrowser signedIn(int port, String login, String password) {
        ConsoleBrowser b = new ConsoleBrowser(port);
        HttpResponse<String> r = b.signIn(login, password);
        if (!r.headers().firstValue("Location").orElse("").endsWith("/console")) {
            throw new IllegalStateException("sign-in of " + login + " failed: " + r.statusCode() + " " + r.headers().map());
        }
        return b;
    }

    HttpResponse<String> signIn(String login, String password) {
        get("/console/login");
        return post("/console/login", "username", login, "password", password);
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET().build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A form POST with the CSRF field of the last page read; {@code fields} are name, value pairs. */
    HttpResponse<String> post(String path, String... fields) {
        return postForm(path, Stream.concat(Stream.of("_csrf", csrf == null ? "" : csrf), Stream.of(fields)));
    }

    HttpResponse<String> postWithoutCsrf(String path, String... fields) {
        return postForm(path, Stream.of(fields));
    }

    private HttpResponse<String> postForm(String path, Stream<String> fields) {
        String body = fields
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < l.size(); i += 2) {
                        sb.append(i == 0 ? "" : "&").append(enc(l.get(i))).append('=').append(enc(l.get(i + 1)));
                    }
                    return sb.toString();
                }));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
