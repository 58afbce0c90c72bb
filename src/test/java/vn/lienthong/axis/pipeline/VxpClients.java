package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.support.Api;

/** VXP client systems registered through the admin API, and assertions on VXP envelopes. */
final class VxpClients {
    private VxpClients() {}

    /**
     * Registers a VXP client system; returns its secret (shown once). {@code unsignedOperations} makes it a legacy
     * client (calls without a signed servicecode, over HTTPS only), as the stock SDK's registerAgency needs.
     */
    static String register(Api api, String name, String agency, String systemId, boolean mayRegister,
                           boolean unsignedOperations, boolean unsignedAgencyBody) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"" + name + "\",\"agencies\":[\"" + agency + "\"],\"vxpSystemId\":\"" + systemId
                        + "\",\"vxpMayRegisterAgencies\":" + mayRegister + ",\"vxpUnsignedAgencyBody\":"
                        + unsignedAgencyBody + ",\"vxpUnsignedOperations\":" + unsignedOperations + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Api.json(r).path("vxpSecret").asText();
    }

    /** Sends already-signed headers (a captured signature) to {@code operation}, as an attacker replays them. */
    static HttpResponse<String> replay(Api api, String endpoint, String operation, Map<String, String> headers,
                                       String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + "/" + operation))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("User-Agent", VxpHeaders.USER_AGENT);
        new LinkedHashMap<>(headers).forEach(b::header);
        return api.send(b.build());
    }

    /** registerAgency's body as the SDK sample sends it. */
    static String agencyBody(String parent, String code) {
        return "{\"id\":\"\",\"pcode\":\"" + parent + "\",\"code\":\"" + code + "\",\"name\":\"Phòng Thử nghiệm " + code
                + "\",\"mail\":\"thu@example.gov.vn\",\"mobile\":\"\",\"fax\":\"\"}";
    }

    static JsonNode json(HttpResponse<String> r) {
        return Api.json(r);
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = Api.json(r);
        assertThat(j.path("status").asText()).as(r.body()).isEqualTo("OK");
        return j;
    }

    static void refused(HttpResponse<String> r, int status, AxisErrorCode code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode j = Api.json(r);
        assertThat(j.path("status").asText()).as(r.body()).isEqualTo("FAIL");
        assertThat(j.path("ErrorCode").asText()).as(r.body()).isEqualTo(code.vxpCode());
        assertThat(j.path("ErrorDesc").asText()).as(r.body()).startsWith(code.name() + ":");
    }
}
