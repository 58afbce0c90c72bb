package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * The outside check of issue 10 §1: a signature captured from one VXP call replayed to another read. A strict
 * client system (the default) must sign {@code servicecode} on every call, so a {@code getAgenciesList} poll does
 * not open {@code getSentEdocList}/{@code getReceivedEdocList}, and an {@code updateStatus} does not open
 * {@code getEdoc}/{@code downloadEdoc} (nor mark the copy fetched). A legacy client ({@code vxpUnsignedOperations})
 * may leave servicecode out over HTTPS only (over TLS: {@link VxpUnsignedAgencyBodyTlsIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VxpOperationReplayIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("vxp-replay");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    VxpSdk sdkA;
    VxpSdk sdkB;

    @BeforeEach
    void strictClients() {
        sdkA = sdk(A, true, false);
        sdkB = sdk(B, false, false);
    }

    @Test
    void givenAStrictClientsGetAgenciesListSignature_whenReplayedToGetSentAndGetReceivedEdocList_thenRefused() {
        String axisId = sentFromAToB();
        Map<String, String> named = sdkA.signed("getAgenciesList", "application/json", Map.of());
        VxpClients.ok(replay("getAgenciesList", named));
        Map<String, String> stockShaped = sdkA.stock().signed("getAgenciesList", "application/json", Map.of());

        for (String read : List.of("getSentEdocList", "getReceivedEdocList", "countReceiveEdoc", "getSynchronizeUnit")) {
            HttpResponse<String> replayed = replay(read, named);
            VxpClients.refused(replayed, 401, AxisErrorCode.UNAUTHENTICATED);
            assertThat(replayed.body()).doesNotContain(axisId).contains("[XroadVnpt-servicecode]");
            HttpResponse<String> unnamed = replay(read, stockShaped);
            VxpClients.refused(unnamed, 200, AxisErrorCode.BAD_REQUEST);
            assertThat(unnamed.body()).doesNotContain(axisId).contains("[XroadVnpt-servicecode]");
        }
        assertThat(VxpClients.ok(sdkA.call("getSentEdocList", Map.of(), null, "POST")).toString()).contains(axisId);
    }

    @Test
    void givenAStrictClientsUpdateStatusSignature_whenReplayedToGetEdocAndDownloadEdoc_thenRefusedAndNotFetched() {
        String axisId = sentFromAToB();
        Map<String, String> status = Map.of("docId", axisId, "status", "processing");
        Map<String, String> named = sdkB.signed("updateStatus", "application/json", status);
        VxpClients.ok(replay("updateStatus", named));
        Map<String, String> stockShaped = sdkB.stock().signed("updateStatus", "application/json", status);

        for (String fetch : List.of("getEdoc", "downloadEdoc")) {
            VxpClients.refused(replay(fetch, named), 401, AxisErrorCode.UNAUTHENTICATED);
            HttpResponse<String> unnamed = replay(fetch, stockShaped);
            VxpClients.refused(unnamed, 200, AxisErrorCode.BAD_REQUEST);
            assertThat(Api.json(unnamed).path("ErrorDesc").asText()).contains("[XroadVnpt-servicecode]");
        }
        assertThat(fetched(axisId)).isFalse();
        VxpClients.ok(sdkB.call("getEdoc", Map.of("docId", axisId), null, "POST"));
        assertThat(fetched(axisId)).isTrue();
    }

    @Test
    void givenALegacyClientOverPlainHttp_whenItsCallDoesNotNameTheOperation_thenRefusedAndNothingFetched() {
        String axisId = sentFromAToB();
        VxpSdk legacyB = sdk(B, false, true);
        for (String operation : List.of("getReceivedEdocList", "getAgenciesList", "getEdoc", "downloadEdoc")) {
            HttpResponse<String> r = legacyB.stock().call(operation, Map.of("docId", axisId), null, "POST");
            VxpClients.refused(r, 200, AxisErrorCode.FORBIDDEN);
            assertThat(Api.json(r).path("ErrorDesc").asText()).contains("over HTTPS only")
                    .contains("[XroadVnpt-servicecode]");
        }
        assertThat(fetched(axisId)).isFalse();
        // The same legacy client naming the operation is bound, so plain HTTP is enough.
        VxpClients.ok(legacyB.call("getReceivedEdocList", Map.of(), null, "POST"));
    }

    @Test
    void givenALegacyClientTurnedStrictByTheOperator_thenItsUnnamedCallsAreRefusedAndTheChangeAudited() {
        String systemId = "vxp." + UUID.randomUUID().toString().substring(0, 8);
        VxpSdk legacy = new VxpSdk(endpoint(), systemId, VxpClients.register(api, "DMS " + systemId, B, systemId,
                false, true, false));
        VxpClients.refused(legacy.stock().call("getReceivedEdocList", Map.of(), null, "POST"), 200,
                AxisErrorCode.FORBIDDEN);
        String id = jdbc.sql("select id from client_system where vxp_system_id = ?").param(systemId)
                .query(String.class).single();

        HttpResponse<String> turned = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/admin/api/v1/clients/" + id + "/vxp")).header("Authorization", "Bearer sample-admin-token")
                .header("X-Operator", "operator-test").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"vxpUnsignedOperations\":false}")).build());

        assertThat(turned.statusCode()).as(turned.body()).isEqualTo(204);
        VxpClients.refused(legacy.stock().call("getReceivedEdocList", Map.of(), null, "POST"), 200,
                AxisErrorCode.BAD_REQUEST);
        VxpClients.ok(legacy.call("getReceivedEdocList", Map.of(), null, "POST"));
        assertThat(jdbc.sql("select detail from audit_log where action = 'client-vxp-updated' and target = ?").param(id)
                .query(String.class).single()).contains("strict");
    }

    @Test
    void givenAStrictClientSigningServicecode_thenEveryOperationWorks() {
        String sent = VxpClients.ok(sdkA.sendEdoc(EdxmlSamples.document(A, newDocumentId(A), "V/v ràng buộc", B), A,
                "edoc")).path("DocId").asText();
        await().atMost(WAIT).until(() -> VxpClients.ok(sdkB.call("getReceivedEdocList", Map.of(), null, "POST"))
                .toString().contains(sent));
        Map<String, String> doc = Map.of("docId", sent);
        VxpClients.ok(sdkB.call("countReceiveEdoc", Map.of(), null, "GET"));
        VxpClients.ok(sdkB.call("countReceiveStatus", Map.of(), null, "GET"));
        VxpClients.ok(sdkB.call("getEdoc", doc, null, "POST"));
        assertThat(sdkB.download(sent).statusCode()).isEqualTo(200);
        VxpClients.ok(sdkB.call("getReceipt", doc, null, "POST"));
        VxpClients.ok(sdkB.call("updateStatus", Map.of("docId", sent, "status", "done"), null, "POST"));
        VxpClients.ok(sdkA.call("getSentEdocList", doc, null, "POST"));
        VxpClients.ok(sdkA.call("getAgenciesList", Map.of(), "{}", "POST"));
        VxpClients.ok(sdkA.call("getAgenciesListQD20", Map.of(), "{}", "POST"));
        VxpClients.ok(sdkA.call("getSynchronizeUnit", Map.of(), "{}", "POST"));
        String code = VxpRequestBindingIT.newCode();
        VxpClients.ok(sdkA.registerAgency(VxpClients.agencyBody(A, code)));
        VxpClients.ok(sdkA.call("deleteAgency", Map.of("AgencyCode", code), null, "POST"));
        assertThat(deliveryState(sent, B)).isEqualTo("ACKED");
    }

    /** A document from A to B (REST), waiting in B's pull inbox; its axis id is B's VXP docId. */
    private String sentFromAToB() {
        String axisId = submitted(EdxmlSamples.document(A, newDocumentId(A), "V/v phát lại chữ ký", B), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, B, "document").contains(axisId));
        return axisId;
    }

    /** Whether B's copy was marked fetched. */
    private boolean fetched(String axisId) {
        return jdbc.sql("select fetched_at is not null from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, B).query(Boolean.class).single();
    }

    private HttpResponse<String> replay(String operation, Map<String, String> captured) {
        return VxpClients.replay(api, endpoint(), operation, captured, "{}");
    }

    /** A client system for {@code agency}: strict, or legacy ({@code vxpUnsignedOperations}). */
    private VxpSdk sdk(String agency, boolean mayRegister, boolean legacy) {
        String systemId = "vxp." + UUID.randomUUID().toString().substring(0, 8);
        return new VxpSdk(endpoint(), systemId, VxpClients.register(api, "DMS " + systemId, agency, systemId,
                mayRegister, legacy, false));
    }

    private String endpoint() {
        return "http://127.0.0.1:" + port + "/vxp";
    }
}
