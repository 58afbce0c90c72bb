package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.RawHttp;

/** Unbounded and slow requests (headers and bodies), and who may read health and metrics. */
class EdgeLimitsIT extends EdgeTestBase {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final String ADMIN = "sample-admin-token";
    static final String SCRAPE = "sample-scrape-token";

    @Autowired ClientRegistry clients;
    @Autowired MeterRegistry meters;
    @Autowired org.springframework.boot.autoconfigure.web.ServerProperties server;

    @Test
    void givenTrickledBody_thenCutOffAndCounted() {
        String token = clients.register("trickling DMS", List.of(A)).token();
        double before = slowClients();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST /api/v1/packages HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer " + token
                    + "\nContent-Type: application/xml\nContent-Length: 100000");
            // one byte every 250 ms (4 bytes/s), far below axis.edge.min-body-bytes-per-second
            trickle.scheduleAtFixedRate(() -> {
                try {
                    http.send(new byte[] {'<'});
                } catch (RuntimeException closed) {
                    throw closed; // ends the schedule once the server has closed
                }
            }, 0, 250, TimeUnit.MILLISECONDS);
            String answer = http.answer(2000);
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                    a -> assertThat(a).startsWith("HTTP/1.1 408").contains("REQUEST_TIMEOUT"));
            assertThat(http.closedByServer()).isTrue();
        } finally {
            trickle.shutdownNow();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> slowClients() == before + 1);
    }

    @Test
    void givenTrickledAnonymousConsoleFormBody_thenCutOffAndCountedLikeAnyOtherBody() {
        // A form body is read by the servlet container for getParameter (the console's sign-in, its CSRF
        // check), not through getInputStream: it must still pass the guard, or one byte a second holds a worker.
        double before = slowClients();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST /console/login HTTP/1.1\nHost: 127.0.0.1\n"
                    + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 100000");
            trickle.scheduleAtFixedRate(() -> http.send(new byte[] {'a'}), 0, 250, TimeUnit.MILLISECONDS);
            String answer = http.answer(2000);
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                    a -> assertThat(a).startsWith("HTTP/1.1 408").contains("REQUEST_TIMEOUT"));
            assertThat(http.closedByServer()).isTrue();
        } finally {
            trickle.shutdownNow();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> slowClients() == before + 1);
    }

    @Test
    void givenTrickledHeaders_thenTheConnectionIsClosedAfterTheHeaderTimeout_andCounted_whileOthersAreServed() {
        double before = slowClients();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        byte[] headers = ("GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(4000))
                .getBytes(StandardCharsets.US_ASCII);
        try (RawHttp http = new RawHttp(port)) {
            // one header byte every 100 ms: each read is far inside Tomcat's 20 s connection timeout,
            // and the 4 KiB header never completes nor exceeds Tomcat's 8 KiB header limit
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            trickle.scheduleAtFixedRate(() -> http.send(new byte[] {headers[sent.getAndIncrement() % headers.length]}),
                    0, 100, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() > 5);
            assertThat(new Api(port).get("/actuator/health", null, null).statusCode())
                    .as("another client is served meanwhile").isEqualTo(200);
            // header timeout (2 s) + the watchdog's 1 s round + slack; still open after 12 s without the deadline
            assertThat(http.closedWithin(HEADER_TIMEOUT.toMillis() + 10_000)).isTrue();
            assertThat(sent.get()).as("bytes trickled before the cut (10 per second)").isLessThan(50);
        } finally {
            trickle.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> slowClients() == before + 1);
    }

    @Test
    void givenChunkedMultipartWhoseOtherPartIsHuge_thenEveryByteCountsAndItIsRefused() {
        String token = clients.register("multipart DMS", List.of(A)).token();
        byte[] pkg = EdxmlSamples.document(A, A + ",2026/12/06,mp1/UBND-VP", "Multipart", B);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"junk\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[(int) (MAX_PACKAGE_BYTES + ENVELOPE_BYTES)]);
        body.writeBytes(("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"package\"; filename=\"p.edxml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pkg);
        body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        Api api = new Api(port);
        // ofInputStream: no Content-Length, chunked, so only counting the bytes can stop it
        HttpResponse<String> r = api.send(api.request("/api/v1/packages", token, null)
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.toByteArray())))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(Api.json(r).path("code").asText()).isEqualTo("TOO_LARGE");
    }

    @Test
    void givenMultipartWithAHugePartOrEpilogueAfterThePackage_thenEveryByteCountsAndNothingIsAccepted() {
        String token = clients.register("trailing DMS", List.of(A)).token();
        byte[] pkg = EdxmlSamples.document(A, A + ",2026/12/06,mp2/UBND-VP", "Trailing", B);
        byte[] huge = new byte[(int) (MAX_PACKAGE_BYTES + ENVELOPE_BYTES)];
        ByteArrayOutputStream trailingPart = multipartWithPackage(pkg);
        trailingPart.writeBytes("--XyZ\r\nContent-Disposition: form-data; name=\"junk\"\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        trailingPart.writeBytes(huge);
        trailingPart.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream epilogue = multipartWithPackage(pkg);
        epilogue.writeBytes("--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        epilogue.writeBytes(huge);
        Api api = new Api(port);
        for (ByteArrayOutputStream body : List.of(trailingPart, epilogue)) {
            HttpResponse<String> r = api.send(api.request("/api/v1/packages", token, null)
                    .header("Content-Type", "multipart/form-data; boundary=XyZ")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            body.toByteArray()))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(Api.json(r).path("code").asText()).isEqualTo("TOO_LARGE");
        }
        assertThat(api.submit(pkg, token).statusCode()).as("not taken before: new now").isEqualTo(202);
    }

    /** A multipart body up to and including the package part and the delimiter line after it. */
    private static ByteArrayOutputStream multipartWithPackage(byte[] pkg) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"package\"; filename=\"p.edxml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pkg);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return body;
    }

    @Test
    void givenHealth_thenDetailsNeedTheAdminToken() {
        Api api = new Api(port);
        JsonNode admin = Api.json(api.get("/actuator/health", ADMIN, null));
        assertThat(admin.path("components").path("diskSpace").path("details").path("path").asText())
                .isEqualTo(DATA.toString());
        JsonNode scraper = Api.json(api.get("/actuator/health", SCRAPE, null));
        assertThat(scraper.has("components")).isFalse();
        String client = clients.register("curious DMS", List.of(A)).token();
        assertThat(Api.json(api.get("/actuator/health", client, null)).has("components")).isFalse();
    }

    @Test
    void givenTheScrapeToken_thenMetricsAndNothingElse() {
        Api api = new Api(port);
        HttpResponse<String> metrics = api.get("/actuator/prometheus", SCRAPE, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("axis_requests_slow_clients_total", "axis_requests_rate_limited_total");
        assertThat(api.get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", "not-the-scrape-token", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/actuator/metrics", SCRAPE, null).statusCode()).isEqualTo(403);
        assertThat(api.get("/admin/api/v1/clients", SCRAPE, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/inbox", SCRAPE, null).statusCode()).isEqualTo(401);
    }

    @Test
    void givenTheScrapeTokenOnActuatorMetrics_thenForbiddenWithATitleAboutThePathNotAnAgency() {
        Api api = new Api(port);
        HttpResponse<String> r = api.send(api.request("/actuator/metrics", SCRAPE, null)
                .header("Accept-Language", "en").GET().build());
        assertThat(r.statusCode()).isEqualTo(403);
        JsonNode problem = Api.json(r);
        assertThat(problem.path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(problem.path("title").asText()).contains("path").doesNotContain("may not act for this agency");
        assertThat(problem.path("detail").asText()).contains("path");
    }

    @Test
    void givenTheDefaults_thenConnectionAndKeepAliveTimeoutsAreBounded() {
        assertThat(server.getTomcat().getConnectionTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(server.getTomcat().getKeepAliveTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    private double slowClients() {
        return meters.get("axis.requests.slow.clients").counter().count();
    }

}
