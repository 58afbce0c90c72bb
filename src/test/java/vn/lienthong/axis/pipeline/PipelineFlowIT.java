package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.directory.Agency;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/** The whole pipeline on the embedded defaults (H2 file, persistent embedded Artemis), over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFlowIT extends PipelineTestBase {
    @Autowired Dispatcher dispatcher;
    static final Path DATA = TestDirs.fresh("pipeline");
    static final int MAX_ATTEMPTS = 4;
    static final int MAX_PACKAGE_BYTES = 400_000;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.broker.max-delivery-attempts", () -> MAX_ATTEMPTS);
        r.add("axis.broker.redelivery-delay", () -> "500ms");
        r.add("axis.broker.redelivery-multiplier", () -> 2.0);
        r.add("axis.broker.max-redelivery-delay", () -> "2s");
        r.add("axis.limits.max-package-bytes", () -> MAX_PACKAGE_BYTES);
    }

    @Test
    @Order(1)
    void givenPullPushAndUnknownRecipients_thenPulledPushedAckedAndTheStatusFlowsBackToTheSender() {
        mainFlow();
    }

    @Test
    @Order(2)
    void givenIdenticalResend_thenSameReceiptAndNothingNew_andOtherBytesUnderTheSameIdAreAConflict() {
        String docId = newDocumentId(A);
        byte[] pkg = EdxmlSamples.document(A, docId, "Lần một", B);
        JsonNode first = submitted(pkg, tokenA, 202);
        await().atMost(WAIT).until(() -> "AVAILABLE".equals(deliveryState(first.path("axisId").asText(), B)));
        Footprint before = footprint();

        JsonNode again = submitted(pkg, tokenA, 200);
        assertThat(again.path("axisId").asText()).isEqualTo(first.path("axisId").asText());
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("acceptedAt").asText()).isEqualTo(first.path("acceptedAt").asText());

        HttpResponse<String> conflict = api.submit(EdxmlSamples.document(A, docId, "Lần hai, nội dung khác", B), tokenA);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Api.json(conflict).path("code").asText()).isEqualTo("DOCUMENT_ID_CONFLICT");
        assertThat(footprint()).isEqualTo(before);
        assertThat(inboxIds(tokenB, null, null).stream().filter(first.path("axisId").asText()::equals)).hasSize(1);
    }

    @Test
    @Order(2)
    void givenMultipartWithAPackagePart_thenAcceptedWithTheSameBytes() throws Exception {
        String docId = newDocumentId(A);
        byte[] pkg = EdxmlSamples.document(A, docId, "Gửi dạng multipart", B);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--b0undary\r\nContent-Disposition: form-data; name=\"package\"; filename=\"p.edxml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pkg);
        body.write("\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(api.request("/api/v1/packages", tokenA, null)
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String axisId = Api.json(r).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).body()).isEqualTo(pkg);
        assertThat(submitted(pkg, tokenA, 200).path("axisId").asText()).as("same bytes as a raw re-send").isEqualTo(axisId);
    }

    @Test
    @Order(3)
    void everyRefusalLeavesNoRowsNoBlobNoMessageAndNoOutboundCall() {
        String known = newDocumentId(A);
        submitted(EdxmlSamples.document(A, known, "Đã gửi cho B", B), tokenA, 202);
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).size() > 0);
        Footprint before = footprint();

        refused(api.submit(EdxmlSamples.document(A, newDocumentId(A), "x", B, C), null), 401, "UNAUTHENTICATED");
        refused(api.submit(EdxmlSamples.document(A, newDocumentId(A), "x", B, C), "axc_not-a-token"), 401,
                "UNAUTHENTICATED");
        refused(api.submit(EdxmlSamples.document(B, newDocumentId(B), "x", C), tokenA), 403, "SENDER_MISMATCH");
        refused(api.submit(EdxmlSamples.document(A, newDocumentId(A), "x", X, "000.00.98.H98"), tokenA), 422,
                "NO_ROUTABLE_RECIPIENT");
        refused(api.submit("<edXML><unclosed>".getBytes(StandardCharsets.UTF_8), tokenA), 400, "MALFORMED_XML");
        refused(api.submit(("<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><edXML>&x;</edXML>")
                .getBytes(StandardCharsets.UTF_8), tokenA), 400, "DTD_NOT_ALLOWED");
        refused(api.submit(new byte[MAX_PACKAGE_BYTES + 1], tokenA), 413, "TOO_LARGE");
        refused(api.submit(EdxmlSamples.status(B, "03", newDocumentId(A), A, "x"), tokenB), 422, "UNKNOWN_DOCUMENT");
        // AUT-08: D is not a recipient of the document sent to B.
        refused(api.submit(EdxmlSamples.status(D, "03", known, A, "x"), tokenD), 403, "STATUS_NOT_ALLOWED");
        refused(api.submit(EdxmlSamples.document(A, known, "other bytes", B, C), tokenA), 409, "DOCUMENT_ID_CONFLICT");
        refused(api.send(api.request("/api/v1/packages", tokenA, null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 415, "UNSUPPORTED_MEDIA_TYPE");
        refused(api.send(api.request("/api/v1/packages", tokenA, null)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--")).build()), 400, "BAD_REQUEST");

        assertThat(footprint()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'package-refused'").query(Long.class).single())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(4)
    void anotherAgencysMailboxPackageAckAndTraceAreRefused() {
        String docId = newDocumentId(D);
        byte[] pkg = EdxmlSamples.document(D, docId, "Gửi riêng cho B", B);
        String axisId = submitted(pkg, tokenD, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).contains(axisId));
        Footprint before = footprint();

        // AUT-05: A lists B's mailbox.
        refused(api.get("/api/v1/inbox", tokenA, B), 403, "FORBIDDEN");
        // AUT-06: A downloads a package addressed to B: same answer as an unknown id.
        refused(api.get("/api/v1/packages/" + axisId, tokenA, null), 404, "NOT_FOUND");
        refused(api.get("/api/v1/packages/00000000-0000-0000-0000-000000000000", tokenA, null), 404, "NOT_FOUND");
        // AUT-07: A acknowledges B's copy.
        refused(api.postJson("/api/v1/inbox/" + axisId + "/ack", tokenA, null, "{\"result\":\"done\"}"), 404,
                "NOT_FOUND");
        refused(api.get("/api/v1/packages/" + axisId + "/trace", tokenB, null), 404, "NOT_FOUND");
        HttpResponse<String> anonymous = api.get("/api/v1/inbox", null, null);
        refused(anonymous, 401, "UNAUTHENTICATED");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        assertThat(inboxIds(tokenB, null, null)).contains(axisId);
        assertThat(deliveryState(axisId, B)).isEqualTo("AVAILABLE");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void revokeWithdrawsUnfetchedCopiesAndReachesTheOthers_updateIsLinkedInTheTrace() {
        String docId = newDocumentId(A);
        String original = submitted(EdxmlSamples.document(A, docId, "Sẽ thu hồi", B, D), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).contains(original)
                && inboxIds(tokenD, null, null).contains(original));
        assertThat(api.getBytes("/api/v1/packages/" + original, tokenB, null).statusCode()).isEqualTo(200);

        JsonNode revoke = submitted(EdxmlSamples.document(A, newDocumentId(A), 1, docId, "Thu hồi", B, D), tokenA, 202);
        String revokeId = revoke.path("axisId").asText();
        assertThat(deliveryState(original, D)).isEqualTo("REVOKED");
        assertThat(deliveryState(revokeId, D)).isEqualTo("REVOKED");
        assertThat(inboxIds(tokenD, null, null)).doesNotContain(original, revokeId);
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).contains(revokeId));
        assertThat(deliveryState(original, B)).isEqualTo("AVAILABLE");

        String update = submitted(EdxmlSamples.document(A, newDocumentId(A), 2, docId, "Cập nhật", B), tokenA, 202)
                .path("axisId").asText();
        JsonNode trace = Api.json(api.get("/api/v1/packages/" + original + "/trace", tokenA, null));
        assertThat(trace.path("linked").findValuesAsText("axisId")).contains(revokeId, update);
        assertThat(trace.path("history").findValuesAsText("type")).contains("revoked-by", "updated-by");
    }

    @Test
    @Order(5)
    void failedAckReasonReachesTheSendersTrace_andAnUpstreamCopyWaitsForTheFederationConnector() {
        String g22 = "000.00.00.G22";
        String axisId = submitted(EdxmlSamples.document(A, newDocumentId(A), "Lên trục quốc gia", B, g22), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, null).contains(axisId)
                && "WAITING_UPSTREAM".equals(deliveryState(axisId, g22)));

        HttpResponse<String> ack = api.postJson("/api/v1/inbox/" + axisId + "/ack", tokenB, null,
                "{\"result\":\"fail\",\"reason\":\"Sai thể thức văn bản\"}");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(inboxIds(tokenB, null, null)).doesNotContain(axisId);

        JsonNode trace = Api.json(api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null));
        for (JsonNode r : trace.path("recipients")) {
            if (r.path("organId").asText().equals(B)) {
                assertThat(r.path("state").asText()).isEqualTo("failed");
                assertThat(r.path("ackReason").asText()).isEqualTo("Sai thể thức văn bản");
            } else {
                assertThat(r.path("route").asText()).isEqualTo("upstream");
                assertThat(r.path("state").asText()).isEqualTo("waiting-upstream");
                assertThat(r.path("history").toString()).contains("no upstream axis is configured");
            }
        }
    }

    @Test
    @Order(5)
    void takeBackStatus13GoesFromTheSenderToTheNamedRecipient_andNotToAnyoneElse() {
        String docId = newDocumentId(A);
        submitted(EdxmlSamples.document(A, docId, "Sẽ xin lấy lại", B), tokenA, 202);
        refused(api.submit(EdxmlSamples.status(A, "13", docId, D, "D không phải nơi nhận"), tokenA), 403,
                "STATUS_NOT_ALLOWED");
        refused(api.submit(EdxmlSamples.status(B, "13", docId, B, "B không phải nơi gửi"), tokenB), 403,
                "STATUS_NOT_ALLOWED");

        JsonNode receipt = submitted(EdxmlSamples.status(A, "13", docId, B, "Xin lấy lại văn bản"), tokenA, 202);
        assertThat(receipt.path("recipients").get(0).path("organId").asText()).isEqualTo(B);
        String statusId = receipt.path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "status").contains(statusId));
        JsonNode fifteen = submitted(EdxmlSamples.status(B, "15", docId, A, "Đồng ý"), tokenB, 202);
        await().atMost(WAIT).until(() -> inboxIds(tokenA, null, "status").contains(fifteen.path("axisId").asText()));
    }

    @Test
    @Order(6)
    void givenPushRecipientDownThenUp_thenRetriedWithBackoffAndDeliveredOnce() {
        String path = "/flaky";
        String code = "000.00.04.H99";
        registerPush(code, path);
        AtomicInteger calls = new AtomicInteger();
        ENDPOINT.answer(path, () -> calls.incrementAndGet() <= 2 ? 503 : 200);

        String axisId = submitted(EdxmlSamples.document(A, newDocumentId(A), "Thử lại", code), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, code)));

        assertThat(ENDPOINT.hits(path)).hasSize(3);
        long gap1 = ENDPOINT.hits(path).get(1).atMillis() - ENDPOINT.hits(path).get(0).atMillis();
        long gap2 = ENDPOINT.hits(path).get(2).atMillis() - ENDPOINT.hits(path).get(1).atMillis();
        assertThat(gap1).isGreaterThanOrEqualTo(400);
        assertThat(gap2).isGreaterThan(gap1);
        JsonNode recipient = Api.json(api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null)).path("recipients")
                .get(0);
        assertThat(recipient.path("state").asText()).isEqualTo("delivered");
        assertThat(recipient.path("attempts").asInt()).isEqualTo(2);
        assertThat(recipient.path("history").findValuesAsText("type"))
                .containsSubsequence("attempt-failed", "attempt-failed", "delivered");
        assertThat(recipient.path("history").toString()).contains("HTTP 503");
    }

    @Test
    @Order(7)
    void givenPoisonRecipient_thenDeadAfterMaxAttempts_andRequeuedThroughTheAdminApiOnceFixed() {
        String path = "/poison";
        String code = "000.00.05.H99";
        registerPush(code, path);
        AtomicBoolean fixed = new AtomicBoolean(false);
        ENDPOINT.answer(path, () -> fixed.get() ? 200 : 500);

        String axisId = submitted(EdxmlSamples.document(A, newDocumentId(A), "Độc", code), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> "DEAD".equals(deliveryState(axisId, code)));
        assertThat(ENDPOINT.hits(path)).hasSize(MAX_ATTEMPTS);

        JsonNode dead = Api.json(api.get("/admin/api/v1/deliveries?state=dead&agency=" + code, "sample-admin-token", null));
        assertThat(dead).hasSize(1);
        long deliveryId = dead.get(0).path("id").asLong();
        assertThat(api.get("/actuator/prometheus", "sample-scrape-token", null).body()).contains("axis_deliveries_dead");

        fixed.set(true);
        HttpResponse<String> requeue = api.postJson("/admin/api/v1/deliveries/" + deliveryId + "/requeue",
                "sample-admin-token", null, "");
        assertThat(requeue.statusCode()).as(requeue.body()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, code)));
        assertThat(ENDPOINT.hits(path)).hasSize(MAX_ATTEMPTS + 1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'delivery-requeued' and target = ?")
                .param(Long.toString(deliveryId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void givenOnePackageToAThousandLocalUnits_thenOneBlobAndEveryUnitListsItWithinSixtySeconds() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String code = String.format("000.%02d.%02d.K99", i / 100, i % 100);
            agencies.upsert(new Agency(code, "Đơn vị " + i, A, true, DeliveryMode.PULL, null, SignaturePolicy.REQUIRED,
                    true), "test");
            codes.add(code);
        }
        String fanToken = clients.register("DMS of 1,000 units", codes).token();
        long blobsBefore = blobs.count();

        byte[] pkg = EdxmlSamples.document(A, newDocumentId(A), "Gửi 1.000 đơn vị", codes.toArray(String[]::new));
        long start = System.nanoTime();
        JsonNode receipt = submitted(pkg, tokenA, 202);
        String axisId = receipt.path("axisId").asText();
        assertThat(receipt.path("recipients")).hasSize(1000);
        assertThat(blobs.count()).isEqualTo(blobsBefore + 1);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql(
                "select count(*) from delivery where axis_id = ? and state = 'AVAILABLE'").param(axisId)
                .query(Long.class).single() == 1000);
        for (String code : codes) {
            assertThat(inboxIds(fanToken, code, "document")).as(code).containsExactly(axisId);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(90));
        // the copies travelled in batches; a batch delivered again changes nothing
        List<Long> ids = jdbc.sql("select id from delivery where axis_id = ?").param(axisId).query(Long.class).list();
        dispatcher.makeAvailable(ids);
        assertThat(jdbc.sql("select count(*) from event where axis_id = ? and type = 'delivery-available'")
                .param(axisId).query(Long.class).single()).isEqualTo(1000);
    }

    @Test
    @Order(9)
    void adminApiManagesAgenciesClientsAndDeliveriesAndAuditsEveryAction() {
        String admin = "sample-admin-token";
        assertThat(api.get("/admin/api/v1/agencies", null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/admin/api/v1/agencies", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(api.postJson("/admin/api/v1/clients", tokenA, null, "{\"name\":\"x\",\"agencies\":[\"" + A + "\"]}")
                .statusCode()).isEqualTo(401);
        long auditBefore = count("audit_log");

        HttpResponse<String> created = api.postJson("/admin/api/v1/agencies", admin, null,
                "{\"code\":\"000.00.06.h99\",\"name\":\"Sở Y tế tỉnh Mẫu\",\"parentCode\":\"" + A
                        + "\",\"mode\":\"pull\",\"signaturePolicy\":\"required\",\"status\":\"active\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created).path("code").asText()).isEqualTo("000.00.06.H99");
        HttpResponse<String> updated = api.send(api.request("/admin/api/v1/agencies/000.00.06.H99", admin, null)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Sở Y tế tỉnh Mẫu\",\"mode\":\"push\",\"endpoint\":\"" + ENDPOINT.url("/yte")
                                + "\",\"status\":\"suspended\"}")).build());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode fetched = Api.json(api.get("/admin/api/v1/agencies/000.00.06.H99", admin, null));
        assertThat(fetched.path("mode").asText()).isEqualTo("push");
        assertThat(fetched.path("status").asText()).isEqualTo("suspended");
        HttpResponse<String> badStatus = api.send(api.request("/admin/api/v1/agencies/000.00.06.H99", admin, null)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Sở Y tế tỉnh Mẫu\",\"status\":\"retired\"}")).build());
        assertThat(badStatus.statusCode()).as(badStatus.body()).isEqualTo(400);
        assertThat(Api.json(badStatus).path("field").asText()).isEqualTo("status");

        HttpResponse<String> client = api.postJson("/admin/api/v1/clients", admin, null,
                "{\"name\":\"DMS Sở Nội vụ\",\"agencies\":[\"" + B + "\"]}");
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        String id = Api.json(client).path("id").asText();
        String token = Api.json(client).path("token").asText();
        assertThat(api.get("/api/v1/inbox", token, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from client_system where token_hash = ?").param(token)
                .query(Long.class).single()).as("only the hash is stored").isZero();
        assertThat(api.send(api.request("/admin/api/v1/clients/" + id, admin, null).DELETE().build()).statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/inbox", token, null).statusCode()).isEqualTo(401);

        assertThat(api.get("/admin/api/v1/deliveries?state=queued", admin, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select action from audit_log where id > (select coalesce(max(id), 0) - 10 from audit_log)"
                + " and actor like 'admin%' order by id").query(String.class).list())
                .contains("agency-created", "agency-updated", "client-registered", "client-revoked");
        assertThat(count("audit_log")).isEqualTo(auditBefore + 4);
    }

    @Test
    @Order(10)
    void healthReportsTheBlobStore() {
        JsonNode health = Api.json(api.get("/actuator/health", "sample-admin-token", null));
        assertThat(health.path("components").path("blobStore").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("blobStore").path("details").path("path").asText())
                .isEqualTo(DATA.resolve("blobs").toString());
    }

    @Test
    @Order(11)
    void prometheusServesThePipelineSeries() {
        String body = api.get("/actuator/prometheus", "sample-scrape-token", null).body();
        assertThat(body).contains("axis_packages_received_total{api=\"rest\",code=\"\",kind=\"document\",outcome=\"accepted\"")
                .contains("axis_packages_received_total{api=\"rest\",code=\"DOCUMENT_ID_CONFLICT\"")
                .contains("axis_deliveries_total{route=\"local-pull\",state=\"available\"")
                .contains("axis_delivery_latency_seconds_bucket")
                .contains("axis_verify_seconds_count{outcome=\"valid\"}")
                .contains("axis_verify_seconds_count{outcome=\"refused\"}")
                .contains("axis_deliveries_dead")
                .contains("axis_queue_depth{broker=\"embedded\",queue=\"axis.delivery\"");
    }

    private void registerPush(String code, String path) {
        agencies.upsert(new Agency(code, "Đơn vị đẩy " + code, A, true, DeliveryMode.PUSH, ENDPOINT.url(path),
                SignaturePolicy.REQUIRED, true), "test");
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(Api.json(r).path("code").asText()).as(r.body()).isEqualTo(code);
    }
}
