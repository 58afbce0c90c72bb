package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.RawHttp;
import vn.lienthong.axis.support.VxpSdk;

/** Per-client limits on every edge: request rate, bytes in transit, their answers and the admin overrides. */
class ClientRateLimitsIT extends EdgeTestBase {
    static final String A = EdgeLimitsIT.A;
    static final String B = EdgeLimitsIT.B;
    static final String ADMIN = EdgeLimitsIT.ADMIN;

    @Autowired ClientRegistry clients;

    @Test
    void givenNoisyClient_thenItGets429WhileTheOtherClientsRequestsAllSucceed() throws Exception {
        ClientRegistry.Registered noisy = clients.register("noisy DMS", List.of(A));
        String quiet = clients.register("quiet DMS", List.of(B)).token();
        Api api = new Api(port);
        HttpResponse<String> set = api.send(api.request("/admin/api/v1/rate-limits/client:" + noisy.id(), ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsPerSecond\":0.01,\"burst\":3}")).build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        var pool = Executors.newFixedThreadPool(2);
        var noisyAnswers = pool.submit(() -> java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> api.get("/api/v1/inbox", noisy.token(), null)).toList());
        var quietAnswers = pool.submit(() -> java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> api.get("/api/v1/inbox", quiet, null)).toList());
        List<HttpResponse<String>> n = noisyAnswers.get(60, TimeUnit.SECONDS);
        List<HttpResponse<String>> q = quietAnswers.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(q).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        List<HttpResponse<String>> limited = n.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).hasSize(27); // one request per 100 s after a burst of 3
        assertThat(limited).allSatisfy(r -> {
            assertThat(Api.json(r).path("code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 100L);
        });
        // the same budget on the SOAP edge
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Header><a:AxisAuth><a:token>" + noisy.token()
                + "</a:token></a:AxisAuth></soap:Header><soap:Body><a:ListPending/></soap:Body></soap:Envelope>";
        HttpResponse<String> soap = api.send(api.request("/ws/axis", null, null)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
        assertThat(soap.body()).contains("<code>RATE_LIMITED</code>", "<retryable>true</retryable>");
    }

    @Test
    void givenARateLimitedSoapClient_thenItsRetryableFaultCarriesRetryAfterLikeRest() {
        ClientRegistry.Registered noisy = clients.register("noisy SOAP DMS", List.of(A));
        Api api = new Api(port);
        HttpResponse<String> set = api.send(api.request("/admin/api/v1/rate-limits/client:" + noisy.id(), ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsPerSecond\":0.01,\"burst\":1}")).build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Header><a:AxisAuth><a:token>" + noisy.token()
                + "</a:token></a:AxisAuth></soap:Header><soap:Body><a:ListPending/></soap:Body></soap:Envelope>";
        java.util.function.Supplier<HttpResponse<String>> call = () -> api.send(api.request("/ws/axis", null, null)
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build());
        assertThat(call.get().body()).doesNotContain("RATE_LIMITED");
        HttpResponse<String> limited = call.get();
        assertThat(limited.body()).contains("<code>RATE_LIMITED</code>", "<retryable>true</retryable>");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 100L);
    }

    @Test
    void givenNoisyVxpSystem_thenItsCallsAreRateLimitedWithTheVxpEnvelope_whileAnotherSystemIsServed() {
        ClientRegistry.Registered noisy = clients.register("noisy VXP DMS", List.of(A), "vxp.noisy." + port, false);
        ClientRegistry.Registered quiet = clients.register("quiet VXP DMS", List.of(B), "vxp.quiet." + port, false);
        Api api = new Api(port);
        HttpResponse<String> set = api.send(api.request("/admin/api/v1/rate-limits/vxp:" + noisy.vxpSystemId(), ADMIN,
                null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsPerSecond\":0.01,\"burst\":2}")).build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String endpoint = "http://127.0.0.1:" + port + "/vxp";
        VxpSdk noisySdk = new VxpSdk(endpoint, noisy.vxpSystemId(), noisy.vxpSecret());
        VxpSdk quietSdk = new VxpSdk(endpoint, quiet.vxpSystemId(), quiet.vxpSecret());

        List<HttpResponse<String>> n = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> noisySdk.call("getAgenciesList", java.util.Map.of(), "{}", "POST")).toList();
        List<HttpResponse<String>> q = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> quietSdk.call("getAgenciesList", java.util.Map.of(), "{}", "POST")).toList();

        assertThat(q).allSatisfy(r -> assertThat(VxpSdk.json(r).path("status").asText()).as(r.body()).isEqualTo("OK"));
        assertThat(n.subList(0, 2)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(n.subList(2, 6)).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
            assertThat(VxpSdk.json(r).path("ErrorCode").asText()).isEqualTo("309");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        });
    }

    @Test
    void givenAClientOverItsInFlightBytes_thenRefusedWith429BeforeTheBodyIsTaken() {
        ClientRegistry.Registered small = clients.register("small-pipe DMS", List.of(A));
        byte[] pkg = EdxmlSamples.document(A, A + ",2026/12/06,fl1/UBND-VP", "In flight", B);
        Api api = new Api(port);
        setInFlightLimit(api, small.id(), pkg.length + pkg.length / 2); // one package fits, two do not
        try (RawHttp held = new RawHttp(port)) { // a first upload of the client, still arriving
            held.head("POST /api/v1/packages HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer " + small.token()
                    + "\nContent-Type: application/xml\nContent-Length: " + pkg.length).send(new byte[] {'<'});
            // a probe of the same size that creates nothing (405 once past the limits) shows the first is counted
            await().atMost(Duration.ofSeconds(10)).until(() -> api.send(api.request("/api/v1/inbox", small.token(),
                    null).POST(HttpRequest.BodyPublishers.ofByteArray(pkg)).build()).statusCode() == 429);
            HttpResponse<String> r = api.submit(pkg, small.token());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
            assertThat(Api.json(r).path("code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> api.submit(pkg, small.token()).statusCode() == 202);
    }

    @Test
    void givenARequestLargerThanTheClientsWholeInFlightLimit_thenTooLarge413NotARetryable429() {
        ClientRegistry.Registered small = clients.register("tiny-pipe DMS", List.of(A));
        Api api = new Api(port);
        setInFlightLimit(api, small.id(), 1000);
        byte[] pkg = EdxmlSamples.document(A, A + ",2026/12/06,fl2/UBND-VP", "Never fits", B);
        assertThat(pkg.length).isGreaterThan(1000);
        HttpResponse<String> declared = api.submit(pkg, small.token());
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(Api.json(declared).path("code").asText()).isEqualTo("TOO_LARGE");
        assertThat(Api.json(declared).path("field").asText()).isEqualTo("Content-Length");
        assertThat(declared.headers().firstValue("Retry-After")).isEmpty();
        HttpResponse<String> chunked = api.send(api.request("/api/v1/packages", small.token(), null)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(pkg))).build());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(Api.json(chunked).path("code").asText()).isEqualTo("TOO_LARGE");
        assertThat(api.submit(pkg, clients.register("roomy DMS", List.of(A)).token()).statusCode()).isEqualTo(202);
    }

    private static void setInFlightLimit(Api api, String clientId, long bytes) {
        HttpResponse<String> set = api.send(api.request("/admin/api/v1/rate-limits/client:" + clientId, ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"maxInFlightBytes\":" + bytes + "}")).build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    @Test
    void givenRateLimitOverrides_thenTheAdminApiListsAndRemovesThemAndRefusesBadKeys() {
        Api api = new Api(port);
        HttpResponse<String> set = api.send(api.request("/admin/api/v1/rate-limits/vxp:axis.b", ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsPerSecond\":0.5}")).build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Api.json(set).path("burst").asLong()).as("left out: the default").isEqualTo(10000);
        JsonNode list = Api.json(api.get("/admin/api/v1/rate-limits", ADMIN, null));
        assertThat(list.path("defaults").path("requestsPerSecond").asDouble()).isEqualTo(5000.0);
        assertThat(list.path("overrides").findValuesAsText("clientKey")).contains("vxp:axis.b");

        HttpResponse<String> zero = api.send(api.request("/admin/api/v1/rate-limits/vxp:axis.b", ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsPerSecond\":0}")).build());
        assertThat(zero.statusCode()).isEqualTo(400);
        HttpResponse<String> badKey = api.send(api.request("/admin/api/v1/rate-limits/somebody", ADMIN, null)
                .DELETE().build());
        assertThat(Api.json(badKey).path("field").asText()).isEqualTo("clientKey");
        assertThat(api.send(api.request("/admin/api/v1/rate-limits/vxp:axis.b", ADMIN, null).DELETE().build())
                .statusCode()).isEqualTo(204);
        assertThat(Api.json(api.get("/admin/api/v1/rate-limits", ADMIN, null)).path("overrides")
                .findValuesAsText("clientKey")).doesNotContain("vxp:axis.b");
    }
}
