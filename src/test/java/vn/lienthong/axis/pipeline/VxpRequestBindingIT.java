package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpTimestamp;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * Issue 10 §1 against the real server: a captured VXP signature authorises only what it signs (its
 * operation, its body), timestamps from the future are refused, system ids cannot be enumerated, and
 * nothing is read before authentication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VxpRequestBindingIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("vxp-binding");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    String systemA;
    String secretA;
    VxpSdk sdkA;

    @BeforeEach
    void vxpClient() {
        systemA = "vxp.a." + UUID.randomUUID().toString().substring(0, 8);
        secretA = VxpClients.register(api, "DMS of A", A, systemA, true, false, false);
        sdkA = new VxpSdk(endpoint(), systemA, secretA);
    }

    @Test
    void givenGetAgenciesListSignature_whenReplayedToRegisterAgency_thenRefusedAndNothingCreated() {
        String code = newCode();
        // What the SDK signs for getAgenciesList("{}") (timestamp, systemid, Content-Type), naming the operation.
        Map<String, String> captured = sdkA.signed("getAgenciesList", "application/json", Map.of());
        assertThat(VxpClients.json(send("getAgenciesList", captured, "{}")).path("status").asText()).isEqualTo("OK");

        HttpResponse<String> replayed = send("registerAgency", captured, VxpClients.agencyBody(A, code));

        VxpClients.refused(replayed, 401, AxisErrorCode.UNAUTHENTICATED);
        assertThat(Api.json(replayed).path("ErrorDesc").asText()).contains("[XroadVnpt-servicecode]");
        assertThat(agencies.find(code)).isEmpty();
        assertThat(count("audit_log where target = '" + code + "'")).isZero();
    }

    @Test
    void givenRegisterAgencySignature_whenTheBodyIsForged_thenRefusedWithContentHashMismatch() {
        String signedBody = VxpClients.agencyBody(A, newCode());
        String forgedCode = newCode();
        HttpResponse<String> forged = sdkA.call("registerAgency", Map.of("servicecode", "registerAgency",
                "hash-file", VxpSdk.sha256(signedBody.getBytes(StandardCharsets.UTF_8))),
                VxpClients.agencyBody(A, forgedCode), "POST");
        VxpClients.refused(forged, 200, AxisErrorCode.CONTENT_HASH_MISMATCH);
        assertThat(agencies.find(forgedCode)).isEmpty();
    }

    @Test
    void givenASignatureForRegisterAgency_whenSentToDeleteAgency_thenRefusedAsSignedForAnotherOperation() {
        String code = newCode();
        VxpClients.ok(sdkA.registerAgency(VxpClients.agencyBody(A, code)));
        HttpResponse<String> replayed = sdkA.call("deleteAgency", Map.of("servicecode", "registerAgency",
                "AgencyCode", code), null, "POST");
        VxpClients.refused(replayed, 401, AxisErrorCode.UNAUTHENTICATED);
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isTrue());
    }

    @Test
    void givenDeleteAgencyNamingTheAgencyOnlyInTheBody_thenRefusedAndTheAgencyStays() {
        String code = newCode();
        VxpClients.ok(sdkA.registerAgency(VxpClients.agencyBody(A, code)));
        HttpResponse<String> r = sdkA.call("deleteAgency", Map.of(), "{\"AgencyCode\":\"" + code + "\"}", "POST");
        VxpClients.refused(r, 200, AxisErrorCode.BAD_REQUEST);
        assertThat(Api.json(r).path("ErrorDesc").asText()).contains("[XroadVnpt-AgencyCode]");
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isTrue());
    }

    @Test
    void givenTimestampsLaterThanNowPlusClockSkew_thenRefused() {
        for (Duration ahead : new Duration[] {Duration.ofMinutes(10), Duration.ofDays(6).plusHours(22)}) {
            Map<String, String> logical = sdkA.logical("application/json", Map.of());
            logical.put("timestamp", VxpTimestamp.format(ZonedDateTime.now().plus(ahead)));
            HttpResponse<String> r = send("getAgenciesList", VxpHeaders.sign(logical, secretA), "{}");
            VxpClients.refused(r, 401, AxisErrorCode.UNAUTHENTICATED);
            assertThat(Api.json(r).path("ErrorDesc").asText()).contains("in the future");
        }
        Map<String, String> nearlyNow = sdkA.logical("application/json", Map.of("servicecode", "getAgenciesList"));
        nearlyNow.put("timestamp", VxpTimestamp.format(ZonedDateTime.now().plusMinutes(2)));
        VxpClients.ok(send("getAgenciesList", VxpHeaders.sign(nearlyNow, secretA), "{}"));
    }

    @Test
    void givenUnknownSystemIdAndWrongHmac_thenIdenticalAnswers() {
        HttpResponse<String> unknown = new VxpSdk(endpoint(), "vxp.nobody." + UUID.randomUUID(), secretA)
                .call("getAgenciesList", Map.of(), "{}", "POST");
        HttpResponse<String> wrongHmac = new VxpSdk(endpoint(), systemA, "0".repeat(64))
                .call("getAgenciesList", Map.of(), "{}", "POST");
        VxpClients.refused(unknown, 401, AxisErrorCode.UNAUTHENTICATED);
        assertThat(unknown.statusCode()).isEqualTo(wrongHmac.statusCode());
        assertThat(unknown.body()).isEqualTo(wrongHmac.body()).doesNotContain("vxp.nobody").doesNotContain(systemA);
    }

    @Test
    void givenAnUnauthenticatedPutWithAHugeDeclaredFormBody_thenRefusedBeforeTheBodyIsRead() throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("PUT /vxp/sendEdoc HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000000\r\n"
                    + "XroadVnpt-systemid: " + systemA + "\r\n\r\na=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 401");
        }
    }

    @Test
    void givenAVietnameseSignedValueSentAsUtf8Bytes_thenItVerifies() throws IOException {
        Map<String, String> logical = sdkA.logical("application/json", Map.of("description", "không đọc được",
                "servicecode", "getAgenciesList"));
        StringBuilder request = new StringBuilder("POST /vxp/getAgenciesList HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n");
        VxpHeaders.sign(logical, secretA).forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n{}");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\":\"OK\"");
        }
    }

    @Test
    void givenAPathThatIsNoVxpOperation_thenClosedToAnonymousCallersAndNotFoundForSignedOnes() {
        HttpResponse<String> anonymous = api.send(HttpRequest.newBuilder(URI.create(endpoint() + "/adminTools"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        VxpClients.refused(anonymous, 401, AxisErrorCode.UNAUTHENTICATED);
        VxpClients.refused(sdkA.call("adminTools", Map.of(), null, "POST"), 200, AxisErrorCode.NOT_FOUND);
    }

    @Test
    void givenVxpSecrets_thenTheDatabaseHoldsThemEncrypted() {
        String stored = jdbc.sql("select vxp_secret from client_system where vxp_system_id = ?").param(systemA)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(secretA)
                .doesNotContain(secretA.toUpperCase(java.util.Locale.ROOT));
        VxpClients.ok(sdkA.call("getAgenciesList", Map.of(), "{}", "POST"));
    }

    private HttpResponse<String> send(String operation, Map<String, String> headers, String body) {
        return VxpClients.replay(api, endpoint(), operation, headers, body);
    }

    private String endpoint() {
        return "http://127.0.0.1:" + port + "/vxp";
    }

    static String newCode() {
        return "000.00." + (10 + (int) (Math.random() * 89)) + ".H" + (10 + (int) (Math.random() * 80));
    }
}
