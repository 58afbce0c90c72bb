package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.RecordingEndpoint;

/**
 * The cast of the pipeline tests, on the sample directory: A (UBND tỉnh Mẫu) sends; B and D are
 * local pull units; C is a local push unit whose endpoint is a {@link RecordingEndpoint}; X is unknown.
 */
abstract class PipelineTestBase {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final String D = "000.00.02.H99";
    static final String C = "000.00.03.H99";
    static final String X = "000.00.99.H98";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final RecordingEndpoint ENDPOINT = new RecordingEndpoint();

    @LocalServerPort int port;
    @Autowired AgencyRepository agencies;
    @Autowired ClientRegistry clients;
    @Autowired BlobStore blobs;
    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedActiveMQ broker;

    Api api;
    String tokenA;
    String tokenB;
    String tokenC;
    String tokenD;

    /** What intake left in {@code dataDir}'s spool folder (spool files, attachment scratch): nothing, once it answered. */
    static List<Path> spoolLeftovers(Path dataDir) throws IOException {
        Path spool = dataDir.resolve("spool");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(spool)) {
            return files.filter(p -> !p.equals(spool)).toList();
        }
    }

    @BeforeEach
    void cast() {
        api = new Api(port);
        agencies.upsert(new Agency(C, "Sở Xây dựng tỉnh Mẫu (push)", A, true, DeliveryMode.PUSH, ENDPOINT.url("/c"),
                SignaturePolicy.REQUIRED, true), "test");
        tokenA = clients.register("DMS of A", List.of(A)).token();
        tokenB = clients.register("DMS of B", List.of(B)).token();
        tokenC = clients.register("DMS of C", List.of(C)).token();
        tokenD = clients.register("DMS of D", List.of(D)).token();
    }

    static String newDocumentId(String from) {
        return from + ",2026/11/22," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
    }

    JsonNode submitted(byte[] body, String token, int expectedStatus) {
        HttpResponse<String> r = api.submit(body, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expectedStatus);
        return Api.json(r);
    }

    JsonNode inbox(String token, String agency, String kind) {
        HttpResponse<String> r = api.get("/api/v1/inbox?limit=500" + (kind == null ? "" : "&kind=" + kind), token, agency);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r);
    }

    List<String> inboxIds(String token, String agency, String kind) {
        List<String> ids = new ArrayList<>();
        inbox(token, agency, kind).path("items").forEach(i -> ids.add(i.path("axisId").asText()));
        return ids;
    }

    String deliveryState(String axisId, String recipient) {
        return jdbc.sql("select state from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(String.class).optional().orElse(null);
    }

    /** Rows, blobs, queue messages and push calls: what a refusal must leave unchanged. */
    record Footprint(long packages, long deliveries, long events, long blobFiles, long queueMessages, int pushCalls) {}

    Footprint footprint() {
        return new Footprint(count("package"), count("delivery"), count("event"), blobs.count(),
                broker.getActiveMQServer().locateQueue(SimpleString.of("axis.delivery")).getMessagesAdded(),
                ENDPOINT.hits("/c").size());
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The main flow: A → B (pull), C (push), X (unknown); B fetches and acks; B's status returns to A. */
    void mainFlow() {
        String docId = newDocumentId(A);
        byte[] pkg = vn.lienthong.axis.support.EdxmlSamples.document(A, docId, "V/v thử nghiệm trục", B, C, X);
        int pushCallsBefore = ENDPOINT.hits("/c").size();

        JsonNode receipt = submitted(pkg, tokenA, 202);
        String axisId = receipt.path("axisId").asText();
        assertThat(receipt.path("duplicate").asBoolean()).isFalse();
        assertThat(receipt.path("documentId").asText()).isEqualTo(docId);
        assertThat(receipt.path("sha256").asText()).hasSize(64);
        assertThat(receipt.path("recipients").toString())
                .contains("\"organId\":\"" + B + "\",\"route\":\"local-pull\",\"state\":\"queued\"")
                .contains("\"organId\":\"" + C + "\",\"route\":\"local-push\",\"state\":\"queued\"")
                .contains("\"organId\":\"" + X + "\",\"route\":\"unroutable\",\"state\":\"unroutable\"");

        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        HttpResponse<byte[]> got = api.getBytes("/api/v1/packages/" + axisId, tokenB, null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(pkg);
        assertThat(got.headers().firstValue("ETag")).hasValue("\"" + receipt.path("sha256").asText() + "\"");

        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));
        List<RecordingEndpoint.Hit> pushes = ENDPOINT.hits("/c").subList(pushCallsBefore, ENDPOINT.hits("/c").size());
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).body()).isEqualTo(pkg);
        assertThat(pushes.get(0).header("X-Axis-Id")).isEqualTo(axisId);
        assertThat(pushes.get(0).header("Content-Type")).isEqualTo("application/xml");

        HttpResponse<String> ack = api.postJson("/api/v1/inbox/" + axisId + "/ack", tokenB, null, "{\"result\":\"done\"}");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(inboxIds(tokenB, null, null)).doesNotContain(axisId);

        JsonNode statusReceipt = submitted(vn.lienthong.axis.support.EdxmlSamples.status(B, "03", docId, A,
                "Đã tiếp nhận"), tokenB, 202);
        assertThat(statusReceipt.path("recipients").get(0).path("organId").asText()).isEqualTo(A);
        String statusId = statusReceipt.path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenA, null, "status").contains(statusId));
        JsonNode item = null;
        for (JsonNode i : inbox(tokenA, null, "status").path("items")) {
            item = i.path("axisId").asText().equals(statusId) ? i : item;
        }
        assertThat(item.path("statusCode").asText()).isEqualTo("03");
        assertThat(item.path("from").asText()).isEqualTo(B);
        assertThat(item.path("responseForDocumentId").asText()).isEqualTo(docId);

        HttpResponse<String> trace = api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null);
        assertThat(trace.statusCode()).as(trace.body()).isEqualTo(200);
        JsonNode t = Api.json(trace);
        assertThat(t.path("statuses").get(0).path("statusCode").asText()).isEqualTo("03");
        for (JsonNode r : t.path("recipients")) {
            String organ = r.path("organId").asText();
            String expected = organ.equals(B) ? "acked" : organ.equals(C) ? "delivered" : "unroutable";
            assertThat(r.path("state").asText()).as(organ).isEqualTo(expected);
            assertThat(r.path("history")).isNotEmpty();
            r.path("history").forEach(h -> assertThat(h.path("at").asText()).isNotBlank());
        }
        assertThat(api.get("/api/v1/packages/" + axisId + "/trace", tokenB, null).statusCode()).isEqualTo(404);
    }
}
