package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * registerAgency against the real server: it never re-activates what an operator suspended, never
 * takes over another system's agency, and the stock SDK's unsigned body is accepted only from a client
 * registered for it and only over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VxpAgencyOwnershipIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("vxp-ownership");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @Test
    void givenAnAgencyTheOperatorSuspended_whenItsSystemRegistersItAgain_thenItIsNotReactivated() {
        VxpSdk sdk = sdk(A, true, false);
        String code = VxpRequestBindingIT.newCode();
        String body = VxpClients.agencyBody(A, code);
        VxpClients.ok(sdk.registerAgency(body));
        suspendAsOperator(code, A);

        VxpClients.refused(sdk.registerAgency(body), 200, AxisErrorCode.FORBIDDEN);
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isFalse());

        // Deleted by the system itself, then suspended (edited) by the operator: still the operator's call.
        String other = VxpRequestBindingIT.newCode();
        VxpClients.ok(sdk.registerAgency(VxpClients.agencyBody(A, other)));
        VxpClients.ok(sdk.call("deleteAgency", Map.of("AgencyCode", other), null, "POST"));
        suspendAsOperator(other, A);
        VxpClients.refused(sdk.registerAgency(VxpClients.agencyBody(A, other)), 200, AxisErrorCode.FORBIDDEN);
        assertThat(agencies.find(other)).hasValueSatisfying(a -> assertThat(a.active()).isFalse());
    }

    @Test
    void givenAnotherSystemsAgency_whenRegistered_thenNotTakenOver() {
        VxpSdk owner = sdk(A, true, false);
        VxpSdk intruder = sdk(A, true, false);
        String code = VxpRequestBindingIT.newCode();
        VxpClients.ok(owner.registerAgency(VxpClients.agencyBody(A, code)));

        VxpClients.refused(intruder.registerAgency(VxpClients.agencyBody(A, code).replace("Phòng", "Chiếm")), 200,
                AxisErrorCode.FORBIDDEN);
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.name()).startsWith("Phòng"));

        // Deleted by its owner: the other system may not pick it up either.
        VxpClients.ok(owner.call("deleteAgency", Map.of("AgencyCode", code), null, "POST"));
        VxpClients.refused(intruder.registerAgency(VxpClients.agencyBody(A, code)), 200, AxisErrorCode.FORBIDDEN);
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isFalse());
        VxpClients.ok(owner.registerAgency(VxpClients.agencyBody(A, code)));
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isTrue());
    }

    @Test
    void givenTheStockSdkRegisterAgencyWithoutBodyDigest_thenRefusedUnlessRegisteredForIt_andOverHttpsOnly() {
        String code = VxpRequestBindingIT.newCode();
        String body = VxpClients.agencyBody(A, code);
        HttpResponse<String> strict = sdk(A, true, false).stock().call("registerAgency", Map.of(), body, "POST");
        VxpClients.refused(strict, 200, AxisErrorCode.BAD_REQUEST);
        assertThat(Api.json(strict).path("ErrorDesc").asText()).contains("XroadVnpt-servicecode");

        HttpResponse<String> legacyOverHttp = sdk(A, true, true).stock().call("registerAgency", Map.of(), body,
                "POST");
        VxpClients.refused(legacyOverHttp, 200, AxisErrorCode.FORBIDDEN);
        assertThat(Api.json(legacyOverHttp).path("ErrorDesc").asText()).contains("over HTTPS only");
        assertThat(agencies.find(code)).isEmpty();
    }

    @Test
    void givenUnsignedAgencyBodyWithoutUnsignedOperations_whenRegistered_thenRefusedAsTheStockCallSignsNeither() {
        String systemId = "vxp." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null, "{\"name\":\"DMS\","
                + "\"agencies\":[\"" + A + "\"],\"vxpSystemId\":\"" + systemId + "\",\"vxpUnsignedAgencyBody\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("vxpUnsignedOperations");
        assertThat(count("client_system where vxp_system_id = '" + systemId + "'")).isZero();
    }

    @Test
    void givenAnAgencyAnOperatorAssigned_whenItsSystemRewritesOrDeletesIt_thenRefusedAndUnchanged() {
        String root = VxpRequestBindingIT.newCode();
        HttpResponse<String> created = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/admin/api/v1/agencies")).header("Authorization", "Bearer sample-admin-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\""
                        + root + "\",\"name\":\"UBND Mẫu\",\"mode\":\"pull\",\"signaturePolicy\":\"required\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        VxpSdk sdk = sdk(root, true, false);
        String child = VxpRequestBindingIT.newCode();
        VxpClients.ok(sdk.registerAgency(VxpClients.agencyBody(root, child)));

        VxpClients.refused(sdk.registerAgency(VxpClients.agencyBody(child, root)), 200, AxisErrorCode.FORBIDDEN);
        VxpClients.refused(sdk.call("deleteAgency", Map.of("AgencyCode", root), null, "POST"), 200,
                AxisErrorCode.FORBIDDEN);
        assertThat(agencies.find(root)).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("UBND Mẫu");
            assertThat(a.parentCode()).isNull();
            assertThat(a.active()).isTrue();
        });
    }

    @Test
    void givenAgenciesTheSystemRegistered_whenAParentWouldBeADescendant_thenRefusedAsACycle() {
        VxpSdk sdk = sdk(A, true, false);
        String upper = VxpRequestBindingIT.newCode();
        String lower = VxpRequestBindingIT.newCode();
        VxpClients.ok(sdk.registerAgency(VxpClients.agencyBody(A, upper)));
        VxpClients.ok(sdk.registerAgency(VxpClients.agencyBody(upper, lower)));

        VxpClients.refused(sdk.registerAgency(VxpClients.agencyBody(lower, upper)), 200, AxisErrorCode.BAD_REQUEST);
        VxpClients.refused(sdk.registerAgency(VxpClients.agencyBody(upper, upper)), 200, AxisErrorCode.BAD_REQUEST);
        assertThat(agencies.find(upper)).hasValueSatisfying(a -> assertThat(a.parentCode()).isEqualTo(A));
    }

    /** A strict client, or with {@code unsignedAgencyBody} one registered for the stock SDK (a legacy client). */
    private VxpSdk sdk(String agency, boolean mayRegister, boolean unsignedAgencyBody) {
        String systemId = "vxp." + UUID.randomUUID().toString().substring(0, 8);
        String secret = VxpClients.register(api, "DMS " + systemId, agency, systemId, mayRegister, unsignedAgencyBody,
                unsignedAgencyBody);
        return new VxpSdk("http://127.0.0.1:" + port + "/vxp", systemId, secret);
    }

    private void suspendAsOperator(String code, String parent) {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/admin/api/v1/agencies/" + code)).header("Authorization", "Bearer sample-admin-token")
                .header("X-Operator", "operator-test").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Tạm dừng\",\"parentCode\":\"" + parent
                        + "\",\"status\":\"suspended\"}")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
