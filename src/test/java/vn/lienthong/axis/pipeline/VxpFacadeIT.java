package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.StatusCode;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.evidence.AxisKey;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.federation.vxp.VxpClient;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;
import vn.lienthong.axis.support.VxpSdk;

/**
 * The national axis API served by this axis, called the way the VPCP/VNPT SDK calls it (signed
 * {@code XroadVnpt-*} headers, raw octet-stream + CRLF, and a genuine multipart variant), with REAL
 * packages signed by the SAMPLE keys and the verifying inspector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VxpFacadeIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("vxp");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.intake.inspector", () -> "verified");
    }

    @Autowired AxisKey axisKey;
    VxpSdk sdkA;
    VxpSdk sdkB;
    String systemA;
    String sdkSecretA;

    @BeforeEach
    void vxpClients() {
        systemA = "vxp.a." + UUID.randomUUID().toString().substring(0, 8);
        sdkSecretA = registerVxp("DMS of A (VXP SDK)", A, systemA, true);
        sdkA = new VxpSdk(endpoint(), systemA, sdkSecretA);
        String systemB = "vxp.b." + UUID.randomUUID().toString().substring(0, 8);
        sdkB = new VxpSdk(endpoint(), systemB, registerVxp("DMS of B (VXP SDK)", B, systemB, false));
    }

    @Test
    void givenSdkClients_thenSendListFetchAcknowledgeAndTrackDocumentsAndStatuses() throws Exception {
        EdxmlPackage doc = TestPackages.document(A, List.of(B));
        byte[] bytes = signed(doc, A);
        JsonNode sent = ok(sdkA.sendEdoc(bytes, A, "edoc"));
        String docId = sent.path("DocId").asText();
        assertThat(docId).isNotBlank();

        await().atMost(WAIT).until(() -> receivedIds(sdkB, "edoc").contains(docId));
        JsonNode item = receivedItem(sdkB, "edoc", docId);
        assertThat(item.path("from").asText()).isEqualTo(A);
        assertThat(item.path("to").asText()).isEqualTo(B);
        assertThat(item.path("serviceType").asText()).isEqualTo("eDoc");
        assertThat(item.path("messageType").asText()).isEqualTo("edoc");
        assertThat(item.path("status").asText()).isEqualTo("initial");
        assertThat(item.has("created_time") && item.has("updated_time") && item.has("status_desc")).isTrue();
        assertThat(ok(sdkB.call("countReceiveEdoc", Map.of(), null, "GET")).path("count").asLong()).isPositive();

        JsonNode got = ok(sdkB.call("getEdoc", Map.of("docId", docId, "filePath", ""), null, "POST"));
        assertThat(Base64.getDecoder().decode(got.path("data").asText())).isEqualTo(bytes);
        HttpResponse<byte[]> raw = sdkB.download(docId);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(bytes);

        ok(sdkB.call("updateStatus", Map.of("docId", docId, "status", "processing", "description", "dang xu ly"), null,
                "POST"));
        assertThat(receivedItem(sdkB, "edoc", docId).path("status").asText()).isEqualTo("processing");
        refused(sdkA.call("updateStatus", Map.of("docId", docId, "status", "done"), null, "POST"), 200, "NOT_FOUND");
        refused(sdkB.call("updateStatus", Map.of("docId", docId, "status", "read"), null, "POST"), 200, "BAD_REQUEST");
        ok(sdkB.call("updateStatus", Map.of("docId", docId, "status", "done"), null, "POST"));
        assertThat(receivedIds(sdkB, "edoc")).doesNotContain(docId);
        assertThat(deliveryState(docId, B)).isEqualTo("ACKED");
        JsonNode sentRow = ok(sdkA.call("getSentEdocList", Map.of("servicetype", "eDoc", "messagetype", "edoc",
                "docId", docId), null, "POST")).path("data").get(0);
        assertThat(sentRow.path("senderDocId").asText()).isEqualTo(docId);
        assertThat(sentRow.path("fromCode").asText()).isEqualTo(A);
        assertThat(sentRow.path("toCode").asText()).isEqualTo(B);
        assertThat(sentRow.path("notation").asText()).isEqualTo(doc.header().documentId());
        assertThat(sentRow.path("receiveStatus").asText()).isEqualTo("done");
        assertThat(sentRow.path("receivedTime").asText()).isNotBlank();

        // The recipient's status package travels back as a genuine multipart upload.
        byte[] status = signed(TestPackages.status(B, A, doc.header().documentId(), StatusCode.ACCEPTED), B);
        String statusId = ok(sdkB.sendEdocMultipart(status, B, "status")).path("DocId").asText();
        await().atMost(WAIT).until(() -> receivedIds(sdkA, "status").contains(statusId));
        assertThat(receivedIds(sdkA, "edoc")).doesNotContain(statusId);
        assertThat(ok(sdkA.call("countReceiveStatus", Map.of(), null, "GET")).path("count").asLong()).isPositive();
        JsonNode statusBytes = ok(sdkA.call("getEdoc", Map.of("docId", statusId), null, "POST"));
        assertThat(Base64.getDecoder().decode(statusBytes.path("data").asText())).isEqualTo(status);
        ok(sdkA.call("updateStatus", Map.of("docId", statusId, "status", "fail", "description", "khong doc duoc (unreadable)"),
                null, "POST"));
        assertThat(deliveryState(statusId, A)).isEqualTo("FAILED");
        JsonNode statusRow = ok(sdkB.call("getSentEdocList", Map.of("messagetype", "status", "docId", statusId), null,
                "POST")).path("data").get(0);
        assertThat(statusRow.path("receiveStatus").asText()).isEqualTo("fail");
        assertThat(statusRow.path("receiveStatusDesc").asText()).isEqualTo("khong doc duoc (unreadable)");
    }

    @Test
    void givenSdkClients_thenGetReceiptGivesTheSenderAndTheRecipientTheReceiptsSignedByTheAxis() throws Exception {
        String docId = ok(sdkA.sendEdoc(signed(TestPackages.document(A, List.of(B)), A), A, "edoc")).path("DocId").asText();
        await().atMost(WAIT).until(() -> receivedIds(sdkB, "edoc").contains(docId));
        ok(sdkB.call("getEdoc", Map.of("docId", docId), null, "POST"));
        ok(sdkB.call("updateStatus", Map.of("docId", docId, "status", "done"), null, "POST"));

        JsonNode forA = ok(sdkA.call("getReceipt", Map.of("docId", docId), null, "POST")).path("data");
        String acceptance = forA.path("acceptance").asText();
        assertThat(acceptance).contains("<AcceptanceReceipt", docId)
                .isEqualTo(api.get("/api/v1/packages/" + docId + "/receipt", tokenA, null).body());
        assertSignedByTheAxis(acceptance);
        List<String> types = new ArrayList<>();
        for (JsonNode d : forA.path("deliveries")) {
            types.add(d.path("type").asText());
            assertThat(d.path("recipient").asText()).isEqualTo(B);
            assertSignedByTheAxis(d.path("xml").asText());
        }
        assertThat(types).contains("delivery-available", "fetched", "acknowledged");

        JsonNode forB = ok(sdkB.call("getReceipt", Map.of("docId", docId), null, "GET")).path("data");
        assertThat(forB.path("acceptance").isNull()).isTrue();
        assertThat(forB.path("deliveries").size()).isEqualTo(forA.path("deliveries").size());
        refused(sdkB.call("getReceipt", Map.of("docId", "no-such-doc"), null, "POST"), 200, "NOT_FOUND");
        refused(sdkA.call("getReceipt", Map.of(), null, "POST"), 200, "BAD_REQUEST");
    }

    private void assertSignedByTheAxis(String xml) {
        var axis = axisKey.required();
        assertThat(EvidenceSigner.verify(xml, axis.certificate(), DATA).signer()).isEqualTo(axis.certificate());
    }

    @Test
    void givenVxpAndRestClients_thenEachSeesTheOthersPackagesThroughTheSamePipeline() throws Exception {
        String overVxp = ok(sdkA.sendEdoc(signed(TestPackages.document(A, List.of(D)), A), A, "edoc"))
                .path("DocId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenD, null, "document").contains(overVxp));

        byte[] overRestBytes = signed(TestPackages.document(A, List.of(B)), A);
        String overRest = submitted(overRestBytes, tokenA, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> receivedIds(sdkB, "edoc").contains(overRest));
        assertThat(sdkB.download(overRest).body()).isEqualTo(overRestBytes);
    }

    /** The axis's own upstream client, as another axis would use this one as its national axis. */
    @Test
    void givenTheAxisOwnVxpClient_thenItSendsReceivesAndAcknowledgesThroughTheFacade() throws Exception {
        String systemD = "vxp.d." + UUID.randomUUID().toString().substring(0, 8);
        VxpClient clientA = client(systemA, sdkSecretA);
        VxpClient clientD = client(systemD, registerVxp("Axis of D", D, systemD, false));
        Path file = TestPackages.writeSigned(TestPackages.document(A, List.of(D)),
                Files.createTempFile(Files.createDirectories(DATA), "client", ".edxml"), A, false);
        VxpEnvelope sent = clientA.sendEdoc(file, A, "edoc");
        assertThat(sent.succeeded()).as(sent.toString()).isTrue();
        await().atMost(WAIT).until(() -> clientD.receivedList("edoc").stream()
                .anyMatch(i -> i.docId().equals(sent.docId()) && i.from().equals(A)));
        Path fetched = Files.createTempFile(DATA, "fetched", ".edxml");
        assertThat(clientD.getEdoc(sent.docId(), fetched)).isEqualTo(Files.size(file));
        assertThat(Files.readAllBytes(fetched)).isEqualTo(Files.readAllBytes(file));
        assertThat(clientD.updateStatus(sent.docId(), "done", null).succeeded()).isTrue();
        assertThat(clientD.receivedList("edoc")).noneMatch(i -> i.docId().equals(sent.docId()));
        assertThat(clientD.agencies().toString()).contains(D);
        assertThat(clientD.updateStatus(sent.docId() + "-x", "done", null).errorCode())
                .isEqualTo(AxisErrorCode.NOT_FOUND.vxpCode());
    }

    @Test
    void givenForgedOrBrokenSends_thenRefusedWithTheVxpEnvelopeAndNothingPersisted() throws Exception {
        byte[] bytes = signed(TestPackages.document(A, List.of(B)), A);
        Footprint before = footprint();

        refused(new VxpSdk(endpoint(), systemA, "0".repeat(64)).sendEdoc(bytes, A, "edoc"), 401, "UNAUTHENTICATED");
        refused(new VxpSdk(endpoint(), "vxp.unknown", "0".repeat(64)).sendEdoc(bytes, A, "edoc"), 401,
                "UNAUTHENTICATED");
        refused(sdkA.sendEdoc(bytes, A, "edoc", VxpSdk.sha256(bytes), h -> {
            h.put("XroadVnpt-from", D);
            return h;
        }), 401, "UNAUTHENTICATED");
        refused(sdkA.sendEdoc(bytes, A, "edoc", VxpSdk.sha256("other".getBytes(StandardCharsets.UTF_8)), h -> h), 200,
                "CONTENT_HASH_MISMATCH");
        refused(sdkA.sendEdoc(bytes, D, "edoc"), 200, "FORBIDDEN");
        refused(sdkB.sendEdoc(bytes, B, "edoc"), 200, "SENDER_MISMATCH");
        refused(sdkA.sendEdoc("<edXML><x>".getBytes(StandardCharsets.UTF_8), A, "edoc"), 200, "MALFORMED_XML");
        // Logical values come only from the signed JSON: an unsigned XroadVnpt-from is not read.
        HttpResponse<String> unsignedFrom = sdkA.call("sendEdoc", Map.of("messagetype", "edoc", "hash-file",
                VxpSdk.sha256(bytes)), new String(bytes, StandardCharsets.UTF_8), "POST", h -> {
                    h.put("XroadVnpt-from", A);
                    return h;
                });
        refused(unsignedFrom, 200, "BAD_REQUEST");
        assertThat(Api.json(unsignedFrom).path("ErrorDesc").asText()).contains("XroadVnpt-from");

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenDirectoryCalls_thenListsAndAgencyRegistrationFollowTheClientsOwnAgencies() {
        JsonNode list = ok(sdkB.call("getAgenciesList", Map.of(), "{}", "POST")).path("data");
        JsonNode b = find(list, B);
        assertThat(b.path("pid").asText()).isEqualTo(A);
        assertThat(b.path("name").asText()).isEqualTo("Sở Nội vụ tỉnh Mẫu");
        JsonNode qd20 = find(ok(sdkB.call("getAgenciesListQD20", Map.of("level", "1"), "{\"level\":\"1\"}", "POST"))
                .path("data"), B);
        assertThat(qd20.path("code102").asText()).isEqualTo(B);
        assertThat(find(ok(sdkB.call("getSynchronizeUnit", Map.of(), "{}", "POST")).path("data"), A)
                .path("deleted").asBoolean()).isFalse();

        String code = "000.00." + (10 + (int) (Math.random() * 80)) + ".H99";
        String body = "{\"id\":\"\",\"pcode\":\"" + A + "\",\"code\":\"" + code + "\",\"name\":\"Phòng Thử nghiệm\","
                + "\"mail\":\"thu@example.gov.vn\",\"mobile\":\"\",\"fax\":\"\"}";
        refused(sdkB.registerAgency(body), 200, "FORBIDDEN");
        refused(sdkA.registerAgency(body.replace("\"pcode\":\"" + A, "\"pcode\":\"" + B)), 200, "FORBIDDEN");
        ok(sdkA.registerAgency(body));
        JsonNode registered = find(ok(sdkA.call("getAgenciesList", Map.of(), "{}", "POST")).path("data"), code);
        assertThat(registered.path("pid").asText()).isEqualTo(A);
        assertThat(count("audit_log where action = 'agency-registered' and target = '" + code + "'")).isEqualTo(1);

        refused(sdkA.call("deleteAgency", Map.of("AgencyCode", A), null, "POST"), 200, "FORBIDDEN");
        ok(sdkA.call("deleteAgency", Map.of("AgencyCode", code), null, "POST"));
        assertThat(find(ok(sdkA.call("getSynchronizeUnit", Map.of(), "{}", "POST")).path("data"), code)
                .path("deleted").asBoolean()).isTrue();
        assertThat(ok(sdkA.call("getAgenciesList", Map.of(), "{}", "POST")).path("data").toString())
                .doesNotContain("\"" + code + "\"");
        ok(sdkA.registerAgency(body));
        assertThat(find(ok(sdkA.call("getAgenciesList", Map.of(), "{}", "POST")).path("data"), code).path("pid")
                .asText()).isEqualTo(A);
    }

    private VxpClient client(String systemId, String secret) {
        return new VxpClient(new VxpClient.Endpoint(URI.create(endpoint()), systemId, secret, Duration.ofSeconds(30)),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    private String endpoint() {
        return "http://127.0.0.1:" + port + "/vxp";
    }

    /** Registers a VXP client system through the admin API; returns its secret (shown once). */
    private String registerVxp(String name, String agency, String systemId, boolean mayRegister) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"" + name + "\",\"agencies\":[\"" + agency + "\"],\"vxpSystemId\":\"" + systemId
                        + "\",\"vxpMayRegisterAgencies\":" + mayRegister + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode j = Api.json(r);
        assertThat(j.path("vxpSystemId").asText()).isEqualTo(systemId);
        assertThat(j.path("vxpSecret").asText()).matches("[0-9a-f]{64}");
        return j.path("vxpSecret").asText();
    }

    private static byte[] signed(EdxmlPackage pkg, String agency) throws Exception {
        Path file = Files.createTempFile(Files.createDirectories(DATA), "pkg", ".edxml");
        return Files.readAllBytes(TestPackages.writeSigned(pkg, file, agency, false));
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = Api.json(r);
        assertThat(j.path("status").asText()).as(r.body()).isEqualTo("OK");
        assertThat(j.path("ErrorCode").asText()).as(r.body()).isEqualTo("0");
        return j;
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode j = Api.json(r);
        assertThat(j.path("status").asText()).as(r.body()).isEqualTo("FAIL");
        assertThat(j.path("ErrorCode").asText()).as(r.body())
                .isEqualTo(AxisErrorCode.valueOf(code).vxpCode());
        assertThat(j.path("ErrorDesc").asText()).as(r.body()).startsWith(code + ":");
    }

    private static List<String> receivedIds(VxpSdk sdk, String messageType) {
        List<String> ids = new ArrayList<>();
        received(sdk, messageType).forEach(i -> ids.add(i.path("docId").asText()));
        return ids;
    }

    private static JsonNode received(VxpSdk sdk, String messageType) {
        return ok(sdk.call("getReceivedEdocList", Map.of("servicetype", "eDoc", "messagetype", messageType), null,
                "POST")).path("data");
    }

    private static JsonNode receivedItem(VxpSdk sdk, String messageType, String docId) {
        return find(received(sdk, messageType), docId, "docId");
    }

    private static JsonNode find(JsonNode array, String code) {
        return find(array, code, "code");
    }

    private static JsonNode find(JsonNode array, String value, String field) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }
}
