package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.VxpSdk;

/**
 * One package sent through each edge (REST, SOAP inline, VXP sendEdoc) and the assertions that an answer
 * is the server's retryable {@code DEPENDENCY_UNAVAILABLE}, without a server path or a stack trace.
 */
final class EdgeProbe {
    private final Api api;
    private final int port;

    EdgeProbe(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    HttpResponse<String> rest(byte[] pkg, String token) {
        return api.submit(pkg, token);
    }

    HttpResponse<String> soap(byte[] pkg, String token) {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Header><a:AxisAuth><a:token>" + token
                + "</a:token></a:AxisAuth></soap:Header><soap:Body><a:SendPackage><a:package>"
                + Base64.getEncoder().encodeToString(pkg) + "</a:package></a:SendPackage></soap:Body></soap:Envelope>";
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ws/axis"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:lienthong:axis:v1:SendPackage\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> vxp(VxpSdk sdk, byte[] pkg, String from) {
        return sdk.sendEdoc(pkg, from, "edoc");
    }

    /** Registers a VXP client system through the admin API; returns its SDK client. */
    VxpSdk vxpClient(String agency, String systemId) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"VXP " + systemId + "\",\"agencies\":[\"" + agency + "\"],\"vxpSystemId\":\"" + systemId
                        + "\",\"vxpMayRegisterAgencies\":false}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new VxpSdk("http://127.0.0.1:" + port + "/vxp", systemId, Api.json(r).path("vxpSecret").asText());
    }

    static void assertRestUnavailable(HttpResponse<String> r, String... mustNotContain) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.json(r).path("code").asText()).as(r.body()).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertNoInternals(r, mustNotContain);
    }

    static void assertSoapUnavailable(HttpResponse<String> r, String... mustNotContain) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).containsPattern("faultcode>[a-zA-Z0-9]+:Server</")
                .contains("DEPENDENCY_UNAVAILABLE").containsPattern("retryable>true</");
        assertThat(r.headers().firstValue("Retry-After")).as("as on REST").hasValue("30");
        assertNoInternals(r, mustNotContain);
    }

    static void assertVxpUnavailable(HttpResponse<String> r, String... mustNotContain) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        JsonNode j = Api.json(r);
        assertThat(j.path("status").asText()).as(r.body()).isEqualTo("FAIL");
        assertThat(j.path("ErrorCode").asText()).as(r.body())
                .isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE.vxpCode());
        assertThat(j.path("ErrorDesc").asText()).startsWith("DEPENDENCY_UNAVAILABLE:");
        assertNoInternals(r, mustNotContain);
    }

    private static void assertNoInternals(HttpResponse<String> r, String... mustNotContain) {
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "/spool", "/blobs", "jdbc:");
        for (String s : mustNotContain) {
            assertThat(r.body()).doesNotContain(s);
        }
    }
}
