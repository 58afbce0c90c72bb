package vn.lienthong.axis.federation.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * The upstream connector over real HTTP against {@link FakeNationalAxis} (a test double of the
 * remote national axis that checks the real HMAC signing), with the whole axis around it: real
 * ledger, embedded Artemis redelivery, REST intake and inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UpstreamConnectorIT {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final String D = "000.00.02.H99";
    static final String NATIONAL_UNIT = "000.00.00.H41";
    /** A remote agency with a SAMPLE signing key, so that its packages pass the verified intake. */
    static final String REMOTE_SENDER = "000.00.00.G22";
    static final String PEER_UNIT = "000.00.00.H01";
    static final String UNKNOWN = "000.00.99.H98";
    static final String ADMIN = "sample-admin-token";
    static final int MAX_ATTEMPTS = 4;
    static final Duration WAIT = Duration.ofSeconds(40);
    static final FakeNationalAxis NATIONAL = new FakeNationalAxis("axis.h99", "sample-upstream-secret");
    static final FakeNationalAxis PEER = new FakeNationalAxis("axis.h99.peer", "sample-peer-secret");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("upstream").toString());
        r.add("axis.broker.max-delivery-attempts", () -> MAX_ATTEMPTS);
        r.add("axis.broker.redelivery-delay", () -> "300ms");
        r.add("axis.broker.redelivery-multiplier", () -> 2.0);
        r.add("axis.broker.max-redelivery-delay", () -> "2s");
        r.add("axis.upstream.enabled", () -> true);
        r.add("axis.upstream.base-uri", () -> NATIONAL.baseUri().toString());
        r.add("axis.upstream.system-id", NATIONAL::systemId);
        r.add("axis.upstream.secret", NATIONAL::secret);
        r.add("axis.upstream.timeout", () -> "2s");
        r.add("axis.upstream.poll-interval", () -> "300ms");
        r.add("axis.peers.hanoi.base-uri", () -> PEER.baseUri().toString());
        r.add("axis.peers.hanoi.system-id", PEER::systemId);
        r.add("axis.peers.hanoi.secret", PEER::secret);
        r.add("axis.route-rules[0].pattern", () -> "*.H01");
        r.add("axis.route-rules[0].target", () -> "peer:hanoi");
    }

    @AfterAll
    static void stopFakes() {
        NATIONAL.close();
        PEER.close();
    }

    @LocalServerPort int port;
    @Autowired ClientRegistry clients;
    @Autowired AgencyRepository agencies;
    @Autowired JdbcClient jdbc;
    @Autowired DirectorySync directorySync;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired UpstreamConnection connection;
    Api api;
    String tokenA;
    String tokenB;

    @BeforeEach
    void cast() {
        api = new Api(port);
        tokenA = clients.register("DMS of A", List.of(A)).token();
        tokenB = clients.register("DMS of B", List.of(B)).token();
        admin("/admin/api/v1/routes", "{\"pattern\":\"*.H41\",\"target\":\"upstream\"}");
    }

    @Test
    void givenTheNationalAxisAnswersThePoller_thenTheConsoleSeesTheConnectionUp() {
        await().atMost(WAIT).until(() -> connection.status().state() == UpstreamConnection.State.CONNECTED);
        assertThat(connection.status().lastSuccess()).isNotNull();
    }

    // ---- forwarding -------------------------------------------------------------------------

    @Test
    void givenRecipientRoutedUpstream_thenSentOnceWithIdenticalBytesAndTheDocIdInTheTrace() {
        byte[] pkg = EdxmlSamples.document(A, documentId(A), "Gửi trục quốc gia", NATIONAL_UNIT);
        String axisId = submit(pkg, tokenA);

        await().atMost(WAIT).until(() -> "DELIVERED".equals(state(axisId, NATIONAL_UNIT)));
        List<FakeNationalAxis.Sent> mine = sentWith(NATIONAL, pkg);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).from()).isEqualTo(A);
        assertThat(mine.get(0).messageType()).isEqualTo("edoc");
        assertThat(NATIONAL.refusedAuth).isEmpty();
        assertThat(history(axisId, NATIONAL_UNIT)).anySatisfy(h -> assertThat(h)
                .contains("sent upstream as DocId " + mine.get(0).docId()));
    }

    @Test
    void givenTwoRecipientsBehindTheNationalAxis_thenOneUploadCarriesTheirCopies() {
        byte[] pkg = EdxmlSamples.document(A, documentId(A), "Hai đơn vị ở trục quốc gia", NATIONAL_UNIT,
                "000.00.02.H41");
        String axisId = submit(pkg, tokenA);

        await().atMost(WAIT).until(() -> "DELIVERED".equals(state(axisId, NATIONAL_UNIT))
                && "DELIVERED".equals(state(axisId, "000.00.02.H41")));
        List<FakeNationalAxis.Sent> mine = sentWith(NATIONAL, pkg);
        assertThat(mine).hasSize(1);
        assertThat(history(axisId, NATIONAL_UNIT)).anySatisfy(h -> assertThat(h).contains(mine.get(0).docId()));
        assertThat(history(axisId, "000.00.02.H41")).anySatisfy(h -> assertThat(h).contains(mine.get(0).docId()));
    }

    @Test
    void givenMalformedJson500AndTimeouts_thenRetriedWithBackoffAndDeliveredOnceWhenTheNationalAxisRecovers() {
        String subject = "Trục quốc gia chập chờn " + UUID.randomUUID();
        NATIONAL.faultsFor(subject, FakeNationalAxis.Fault.MALFORMED_JSON, FakeNationalAxis.Fault.HTTP_500,
                FakeNationalAxis.Fault.HANG);
        byte[] pkg = EdxmlSamples.document(A, documentId(A), subject, NATIONAL_UNIT);
        String axisId = submit(pkg, tokenA);

        await().atMost(WAIT).until(() -> "DELIVERED".equals(state(axisId, NATIONAL_UNIT)));
        assertThat(sentWith(NATIONAL, pkg)).hasSize(1);
        List<String> history = history(axisId, NATIONAL_UNIT);
        assertThat(history.stream().filter(h -> h.startsWith("attempt-failed"))).hasSize(3);
        assertThat(history).anySatisfy(h -> assertThat(h).contains("attempt 1:").contains("malformed JSON"));
        assertThat(history).anySatisfy(h -> assertThat(h).contains("attempt 2:").contains("HTTP 500"));
        assertThat(history).anySatisfy(h -> assertThat(h).contains("attempt 3:").contains("unavailable"));
        assertThat(history).anySatisfy(h -> assertThat(h).contains("attempt 4: sent upstream as DocId"));
        assertThat(jdbc.sql("select attempts from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, NATIONAL_UNIT).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void givenPoisonUpstreamThatAlwaysFails_thenTheCopyEndsDead() {
        String subject = "Gói tin bị từ chối mãi " + UUID.randomUUID();
        NATIONAL.poison(subject);
        byte[] pkg = EdxmlSamples.document(A, documentId(A), subject, NATIONAL_UNIT);
        String axisId = submit(pkg, tokenA);

        await().atMost(WAIT).until(() -> "DEAD".equals(state(axisId, NATIONAL_UNIT)));
        assertThat(sentWith(NATIONAL, pkg)).isEmpty();
        assertThat(history(axisId, NATIONAL_UNIT)).anySatisfy(h -> assertThat(h).contains("poison"))
                .anySatisfy(h -> assertThat(h).startsWith("delivery-dead"));
    }

    @Test
    void givenRecipientRoutedToAPeer_thenSentToThePeersFacadeNotUpstream() {
        byte[] pkg = EdxmlSamples.document(A, documentId(A), "Gửi trục ngang hàng", PEER_UNIT);
        String axisId = submit(pkg, tokenA);

        await().atMost(WAIT).until(() -> "DELIVERED".equals(state(axisId, PEER_UNIT)));
        assertThat(sentWith(PEER, pkg)).hasSize(1);
        assertThat(sentWith(NATIONAL, pkg)).isEmpty();
        assertThat(history(axisId, PEER_UNIT)).anySatisfy(h -> assertThat(h).contains("sent to peer:hanoi as DocId"));
    }

    // ---- polling ----------------------------------------------------------------------------

    @Test
    void givenInboundDocument_thenFetchedIntoTheLocalInboxAndDoneSentOnlyAfterTheCommit() {
        String docId = documentId(REMOTE_SENDER);
        byte[] pkg = EdxmlSamples.document(REMOTE_SENDER, docId, "Văn bản từ trục quốc gia", B, UNKNOWN);
        List<Long> packagesAtAck = new CopyOnWriteArrayList<>();
        String remoteId = "in-" + UUID.randomUUID();
        NATIONAL.onStatusUpdate = u -> {
            if (u.docId().equals(remoteId)) {
                packagesAtAck.add(packagesWith(docId));
            }
        };
        NATIONAL.enqueue(remoteId, "edoc", REMOTE_SENDER, pkg);

        await().atMost(WAIT).until(() -> !NATIONAL.updatesOf(remoteId).isEmpty());
        assertThat(NATIONAL.updatesOf(remoteId)).extracting(FakeNationalAxis.StatusUpdate::status).containsOnly("done");
        assertThat(packagesAtAck).containsOnly(1L);
        JsonNode item = inboxItem(tokenB, docId);
        assertThat(item).isNotNull();
        String axisId = item.path("axisId").asText();
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).body()).isEqualTo(pkg);
        assertThat(state(axisId, UNKNOWN)).isEqualTo("UNROUTABLE");

        // the same bytes again under another remote id: a duplicate, acknowledged done, no second copy
        String again = "in-" + UUID.randomUUID();
        NATIONAL.enqueue(again, "edoc", REMOTE_SENDER, pkg);
        await().atMost(WAIT).until(() -> !NATIONAL.updatesOf(again).isEmpty());
        assertThat(NATIONAL.updatesOf(again)).extracting(FakeNationalAxis.StatusUpdate::status).containsOnly("done");
        assertThat(packagesWith(docId)).isEqualTo(1);
        assertThat(inboxItems(tokenB).stream().filter(i -> i.path("documentId").asText().equals(docId))).hasSize(1);
        // counted right after the acknowledgement the fake has just seen
        await().atMost(WAIT).until(() -> meters.counter("axis.upstream.poll.items", "type", "edoc", "outcome",
                "duplicate").count() >= 1.0 && meters.counter("axis.upstream.poll.items", "type", "edoc", "outcome",
                "accepted").count() >= 1.0);
    }

    @Test
    void givenInboundItemsTheAxisRefuses_thenFailWithTheReasonAndNothingStored() {
        String noLocal = "in-" + UUID.randomUUID();
        NATIONAL.enqueue(noLocal, "edoc", REMOTE_SENDER,
                EdxmlSamples.document(REMOTE_SENDER, documentId(REMOTE_SENDER), "Không có người nhận ở đây", UNKNOWN));
        String spoofed = "in-" + UUID.randomUUID();
        String spoofedDocId = documentId(A);
        NATIONAL.enqueue(spoofed, "edoc", A, EdxmlSamples.document(A, spoofedDocId, "Giả danh đơn vị tại chỗ", B));

        await().atMost(WAIT).until(() -> !NATIONAL.updatesOf(noLocal).isEmpty() && !NATIONAL.updatesOf(spoofed).isEmpty());
        assertThat(NATIONAL.updatesOf(noLocal)).singleElement().satisfies(u -> {
            assertThat(u.status()).isEqualTo("fail");
            assertThat(u.description()).contains("NO_ROUTABLE_RECIPIENT");
        });
        assertThat(NATIONAL.updatesOf(spoofed)).singleElement().satisfies(u -> {
            assertThat(u.status()).isEqualTo("fail");
            assertThat(u.description()).contains("SENDER_MISMATCH");
        });
        assertThat(packagesWith(spoofedDocId)).isZero();
    }

    @Test
    void givenTheLedgerInsertFails_thenNothingIsAcknowledgedUntilItSucceeds() {
        String docId = documentId(REMOTE_SENDER);
        String remoteId = "in-" + UUID.randomUUID();
        jdbc.sql("alter table package add constraint poison_subject check (subject is null or subject <> 'CSDL hỏng')")
                .update();
        try {
            NATIONAL.enqueue(remoteId, "edoc", REMOTE_SENDER, EdxmlSamples.document(REMOTE_SENDER, docId, "CSDL hỏng", B));
            long listsBefore = NATIONAL.callsOf("getEdoc");
            await().atMost(WAIT).until(() -> NATIONAL.callsOf("getEdoc") >= listsBefore + 3);
            assertThat(NATIONAL.updatesOf(remoteId)).isEmpty();
            assertThat(packagesWith(docId)).isZero();
        } finally {
            jdbc.sql("alter table package drop constraint poison_subject").update();
        }
        await().atMost(WAIT).until(() -> !NATIONAL.updatesOf(remoteId).isEmpty());
        assertThat(NATIONAL.updatesOf(remoteId)).extracting(FakeNationalAxis.StatusUpdate::status).containsOnly("done");
        assertThat(packagesWith(docId)).isEqualTo(1);
    }

    @Test
    void givenStatusesAndDocumentsQueuedUpstream_thenBothArePolledAlike() {
        String sentDocId = documentId(A);
        byte[] doc = EdxmlSamples.document(A, sentDocId, "Chờ trạng thái từ xa", REMOTE_SENDER);
        String axisId = submit(doc, tokenA);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(state(axisId, REMOTE_SENDER)));

        String statusRemoteId = "st-" + UUID.randomUUID();
        String docRemoteId = "in-" + UUID.randomUUID();
        NATIONAL.enqueue(statusRemoteId, "status", REMOTE_SENDER,
                EdxmlSamples.status(REMOTE_SENDER, "03", sentDocId, A, "Đã tiếp nhận"));
        NATIONAL.enqueue(docRemoteId, "edoc", REMOTE_SENDER,
                EdxmlSamples.document(REMOTE_SENDER, documentId(REMOTE_SENDER), "Cùng lượt", A));

        await().atMost(WAIT).until(() -> !NATIONAL.updatesOf(statusRemoteId).isEmpty()
                && !NATIONAL.updatesOf(docRemoteId).isEmpty());
        assertThat(NATIONAL.updatesOf(statusRemoteId)).extracting(FakeNationalAxis.StatusUpdate::status).containsOnly("done");
        assertThat(inboxItems(tokenA)).anySatisfy(i -> {
            assertThat(i.path("kind").asText()).isEqualTo("status");
            assertThat(i.path("statusCode").asText()).isEqualTo("03");
            assertThat(i.path("responseForDocumentId").asText()).isEqualTo(sentDocId);
        });
        JsonNode trace = Api.json(api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null));
        assertThat(trace.path("statuses").get(0).path("statusCode").asText()).isEqualTo("03");
    }

    // ---- routing, aliases, directory ---------------------------------------------------------

    @Test
    void givenRulesOfDifferentSpecificity_thenTheMostSpecificWinsAndUnknownCodesStayUnroutable() {
        admin("/admin/api/v1/routes", "{\"pattern\":\"000.00.*.H41\",\"target\":\"peer:hanoi\"}");
        admin("/admin/api/v1/routes", "{\"pattern\":\"000.00.07.H41\",\"target\":\"upstream\"}");
        try {
            assertThat(resolve("000.00.05.H41")).isEqualTo("peer:hanoi");
            assertThat(resolve("000.00.07.H41")).isEqualTo("upstream");
            assertThat(resolve("001.00.00.H41")).isEqualTo("upstream");
            assertThat(resolve("000.00.00.H01")).isEqualTo("peer:hanoi");
            assertThat(resolve(UNKNOWN)).isEmpty();

            byte[] pkg = EdxmlSamples.document(A, documentId(A), "Ba quy tắc", "000.00.05.H41", "000.00.07.H41", UNKNOWN);
            JsonNode receipt = Api.json(api.submit(pkg, tokenA));
            assertThat(receipt.path("recipients").toString())
                    .contains("\"organId\":\"000.00.05.H41\",\"route\":\"peer\"")
                    .contains("\"organId\":\"000.00.07.H41\",\"route\":\"upstream\"")
                    .contains("\"organId\":\"" + UNKNOWN + "\",\"route\":\"unroutable\"");
        } finally {
            adminDelete("/admin/api/v1/routes/000.00.*.H41");
            adminDelete("/admin/api/v1/routes/000.00.07.H41");
        }
    }

    @Test
    void givenARetiredCode_thenTheSuccessorReceivesItAndTheTraceSaysSo() {
        String retired = "000.00.01.H98";
        admin("/admin/api/v1/aliases", "{\"oldCode\":\"" + retired + "\",\"newCode\":\"" + B
                + "\",\"reason\":\"QĐ 09/2025: tỉnh sáp nhập\"}");
        String docId = documentId(A);
        String axisId = submit(EdxmlSamples.document(A, docId, "Gửi mã cũ", retired), tokenA);

        await().atMost(WAIT).until(() -> inboxItem(tokenB, docId) != null);
        assertThat(history(axisId, B)).anySatisfy(h -> assertThat(h)
                .contains("addressed to retired code " + retired + ", delivered to successor " + B));
        assertThat(Api.json(api.get("/admin/api/v1/aliases", ADMIN, null)).toString()).contains(retired);
    }

    @Test
    void givenTheNationalDirectory_thenRemoteAgenciesStoredWithParentsAndLocalOnesUntouched() {
        ArrayNode list = Api.JSON.createArrayNode();
        list.addObject().put("id", "1").put("pid", "0").put("code", "000.00.00.G10").put("name", "Bộ Nông nghiệp và Môi trường");
        list.addObject().put("id", "2").put("pid", "1").put("code", "000.01.00.G10").put("name", "Cục Môi trường")
                .put("oldCode", "000.01.00.G09");
        list.addObject().put("id", "3").put("pid", "0").put("code", A).put("name", "Tên ghi đè từ trục quốc gia");
        NATIONAL.agencies = list;

        DirectorySync.Result result = directorySync.sync();

        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.skippedLocal()).isEqualTo(1);
        Agency child = agencies.find("000.01.00.G10").orElseThrow();
        assertThat(child.parentCode()).isEqualTo("000.00.00.G10");
        assertThat(child.local()).isFalse();
        assertThat(child.mode()).isEqualTo(DeliveryMode.UPSTREAM);
        Agency local = agencies.find(A).orElseThrow();
        assertThat(local.local()).isTrue();
        assertThat(local.name()).isEqualTo("UBND tỉnh Mẫu");
        assertThat(resolveRoute("000.01.00.G09")).isEqualTo("upstream");
    }

    @Test
    void givenIncrementalUnits_thenDeletedUnitsSuspendedAndUnchangedOnesNotRewritten() {
        ArrayNode units = Api.JSON.createArrayNode();
        units.addObject().put("id", "10").put("pid", "0").put("code", "000.00.00.G17").put("name", "Bộ Xây dựng")
                .put("version", 1).put("deleted", false);
        units.addObject().put("id", "11").put("pid", "10").put("code", "000.03.00.G17").put("name", "Cục Đường bộ")
                .put("version", 1).put("deleted", false);
        NATIONAL.synchronizeUnits = units;
        try {
            assertThat(directorySync.sync().stored()).isEqualTo(2);
            assertThat(agencies.find("000.03.00.G17").orElseThrow().parentCode()).isEqualTo("000.00.00.G17");

            ((com.fasterxml.jackson.databind.node.ObjectNode) units.get(1)).put("deleted", true).put("version", 2);
            assertThat(directorySync.sync().stored()).isEqualTo(1);
            assertThat(agencies.find("000.03.00.G17").orElseThrow().active()).isFalse();
            assertThat(resolveRoute("000.03.00.G17")).isEqualTo("unroutable");
        } finally {
            NATIONAL.synchronizeUnits = null;
        }
    }

    @Test
    void givenAClientForAWholeProvince_thenItMaySendForAnyOfItsAgencies() {
        String province = clients.register("Trục tỉnh H99 (client of many)", List.of(A, B, D)).token();
        for (String from : List.of(B, D)) {
            byte[] pkg = EdxmlSamples.document(from, documentId(from), "Gửi thay đơn vị", NATIONAL_UNIT);
            HttpResponse<String> r = api.send(api.request("/api/v1/packages", province, from)
                    .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(pkg)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    static String documentId(String from) {
        return from + ",2026/11/22," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
    }

    String submit(byte[] pkg, String token) {
        HttpResponse<String> r = api.submit(pkg, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return Api.json(r).path("axisId").asText();
    }

    void admin(String path, String json) {
        HttpResponse<String> r = api.postJson(path, ADMIN, null, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    void adminDelete(String path) {
        api.send(api.request(path, ADMIN, null).DELETE().build());
    }

    String resolve(String code) {
        JsonNode r = Api.json(api.get("/admin/api/v1/routes/resolve?code=" + code, ADMIN, null));
        return r.path("rule").isMissingNode() || r.path("rule").isNull() ? "" : r.path("rule").path("target").asText();
    }

    String resolveRoute(String code) {
        byte[] pkg = EdxmlSamples.document(A, documentId(A), "Định tuyến", code, B);
        return Api.json(api.submit(pkg, tokenA)).path("recipients").get(0).path("route").asText();
    }

    String state(String axisId, String recipient) {
        return jdbc.sql("select state from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(String.class).optional().orElse(null);
    }

    long packagesWith(String documentId) {
        return jdbc.sql("select count(*) from package where document_id = ?").param(documentId).query(Long.class).single();
    }

    List<String> history(String axisId, String recipient) {
        JsonNode trace = Api.json(api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null));
        List<String> lines = new ArrayList<>();
        for (JsonNode r : trace.path("recipients")) {
            if (r.path("organId").asText().equals(recipient)) {
                r.path("history").forEach(h -> lines.add(h.path("type").asText() + " " + h.path("detail").asText()));
            }
        }
        return lines;
    }

    List<JsonNode> inboxItems(String token) {
        List<JsonNode> items = new ArrayList<>();
        Api.json(api.get("/api/v1/inbox?limit=500", token, null)).path("items").forEach(items::add);
        return items;
    }

    JsonNode inboxItem(String token, String documentId) {
        return inboxItems(token).stream().filter(i -> i.path("documentId").asText().equals(documentId)).findFirst()
                .orElse(null);
    }

    static List<FakeNationalAxis.Sent> sentWith(FakeNationalAxis axis, byte[] pkg) {
        return axis.sent.stream().filter(s -> java.util.Arrays.equals(s.body(), pkg)).toList();
    }
}
