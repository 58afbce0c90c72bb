package vn.lienthong.axis.federation.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * The remote tracker against {@link FakeNationalAxis}'s getSentEdocList: hops recorded once however
 * many rounds ask, garbage answers never touch the delivery, old copies are no longer asked about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RemoteTrackingIT {
    static final String A = "000.00.00.H99";
    static final String N1 = "000.00.00.H41";
    static final String N2 = "000.00.02.H41";
    static final Duration WAIT = Duration.ofSeconds(40);
    static final FakeNationalAxis NATIONAL = new FakeNationalAxis("axis.h99.tracking", "sample-upstream-secret");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("remote-tracking").toString());
        r.add("spring.artemis.embedded.server-id", () -> "90");
        r.add("axis.upstream.enabled", () -> true);
        r.add("axis.upstream.base-uri", () -> NATIONAL.baseUri().toString());
        r.add("axis.upstream.system-id", NATIONAL::systemId);
        r.add("axis.upstream.secret", NATIONAL::secret);
        r.add("axis.upstream.timeout", () -> "2s");
        r.add("axis.upstream.poll-interval", () -> "1h");
        r.add("axis.upstream.track-interval", () -> "200ms");
        r.add("axis.route-rules[0].pattern", () -> "*.H41");
        r.add("axis.route-rules[0].target", () -> "upstream");
    }

    @AfterAll
    static void stopFake() {
        NATIONAL.close();
    }

    @LocalServerPort int port;
    @Autowired ClientRegistry clients;
    @Autowired JdbcClient jdbc;
    Api api;
    String tokenA;

    @BeforeEach
    void cast() {
        api = new Api(port);
        tokenA = clients.register("DMS of A", List.of(A)).token();
    }

    @Test
    void givenTheNationalAxisReportsInStages_thenEachHopIsRecordedOnce_withTheRemoteTimes() {
        String axisId = sentUpstream("Theo dõi từng bước", N1, N2);
        String docId = remoteDocId(axisId, N1);
        assertThat(remoteDocId(axisId, N2)).as("one upload carries both copies").isEqualTo(docId);

        NATIONAL.sentListAnswers.put(docId, rows(row(N1, "initial", null, null), row(N2, "initial", null, null)));
        await().atMost(WAIT).until(() -> types(axisId, N1).contains("upstream-accepted")
                && types(axisId, N2).contains("upstream-accepted"));
        askedAgain(docId, 3);
        NATIONAL.sentListAnswers.put(docId, rows(row(N1, "done", "2026-11-22T03:00:05Z", null),
                row(N2, "fail", "22/11/2026 10:00:07", "SIGNATURE_INVALID: chữ ký sai")));
        await().atMost(WAIT).until(() -> types(axisId, N1).contains("upstream-received")
                && types(axisId, N2).contains("upstream-received"));
        long asked = NATIONAL.sentListAsked.stream().filter(docId::equals).count();
        askedAgain(witness(), 3);

        assertThat(NATIONAL.sentListAsked.stream().filter(docId::equals).count()).as("tracking ended").isEqualTo(asked);
        assertThat(remoteHops(axisId, N1)).containsExactly(
                "upstream-accepted accepted by the upstream axis at 2026-11-22T03:00Z as DocId " + docId + " for " + N1
                        + " (sendStatus initial)",
                "upstream-received received by " + N1 + " at 2026-11-22T03:00:05Z (receiveStatus done)");
        assertThat(remoteHops(axisId, N2)).endsWith("upstream-received refused by " + N2
                + " at 2026-11-22T03:00:07Z (receiveStatus fail): SIGNATURE_INVALID: chữ ký sai").hasSize(2);
        assertThat(state(axisId, N1)).isEqualTo("DELIVERED");
    }

    @Test
    void givenGarbageOrErrorsFromTheNationalAxis_thenTheCopyStaysDelivered_andIsTrackedOnceItAnswers() {
        String axisId = sentUpstream("Trục quốc gia trả lời lỗi", N1);
        String docId = remoteDocId(axisId, N1);

        for (String garbage : List.of("HTTP 500", "{not json", "{\"status\":\"FAIL\",\"ErrorCode\":\"17\"}",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":{\"toCode\":\"" + N1 + "\"}}",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[{\"receiveStatus\":\"done\"},\"" + N1 + "\"]}")) {
            NATIONAL.sentListAnswers.put(docId, garbage);
            askedAgain(docId, 2);
            assertThat(types(axisId, N1)).as(garbage).noneMatch(t -> t.startsWith("upstream-"));
            assertThat(state(axisId, N1)).isEqualTo("DELIVERED");
        }

        NATIONAL.sentListAnswers.put(docId, rows(row(N1, "done", "1763780405000", null)));
        await().atMost(WAIT).until(() -> types(axisId, N1).contains("upstream-received"));
        assertThat(remoteHops(axisId, N1)).hasSize(2);
        assertThat(remoteHops(axisId, N1).get(1)).contains(" at 2025-11-22T03:00:05Z ");
    }

    @Test
    void givenACopyHandedOverLongerAgoThanTheMaxAge_thenItIsNoLongerAskedAbout() {
        String axisId = sentUpstream("Quá hạn theo dõi", N1);
        String docId = remoteDocId(axisId, N1);
        jdbc.sql("update delivery set completed_at = completed_at - interval '8' day where axis_id = ?")
                .param(axisId).update();

        await().atMost(WAIT).until(() -> "EXPIRED".equals(jdbc.sql("select remote_state from delivery where axis_id = ?")
                .param(axisId).query(String.class).single()));
        NATIONAL.sentListAnswers.put(docId, rows(row(N1, "done", null, null)));
        long asked = NATIONAL.sentListAsked.stream().filter(docId::equals).count();
        askedAgain(witness(), 3);

        assertThat(NATIONAL.sentListAsked.stream().filter(docId::equals).count()).isEqualTo(asked);
        assertThat(types(axisId, N1)).noneMatch(t -> t.startsWith("upstream-"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    String sentUpstream(String subject, String... to) {
        String documentId = A + ",2026/11/22," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        HttpResponse<String> r = api.submit(EdxmlSamples.document(A, documentId, subject, to), tokenA);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String axisId = Api.json(r).path("axisId").asText();
        await().atMost(WAIT).until(() -> List.of(to).stream().allMatch(t -> remoteDocId(axisId, t) != null));
        return axisId;
    }

    /** A copy the national axis keeps listing as not yet received: it is asked about every round. */
    String witness() {
        String axisId = sentUpstream("Nhân chứng", N1);
        String docId = remoteDocId(axisId, N1);
        NATIONAL.sentListAnswers.put(docId, rows(row(N1, "initial", null, null)));
        return docId;
    }

    /** Waits until the fake has been asked about {@code docId} {@code times} more times. */
    void askedAgain(String docId, int times) {
        long before = NATIONAL.sentListAsked.stream().filter(docId::equals).count();
        await().atMost(WAIT).until(() -> NATIONAL.sentListAsked.stream().filter(docId::equals).count() >= before + times);
    }

    String remoteDocId(String axisId, String recipient) {
        return jdbc.sql("select remote_doc_id from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(String.class).optional().orElse(null);
    }

    String state(String axisId, String recipient) {
        return jdbc.sql("select state from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(String.class).single();
    }

    List<String> types(String axisId, String recipient) {
        return history(axisId, recipient).stream().map(h -> h.split(" ", 2)[0]).toList();
    }

    List<String> remoteHops(String axisId, String recipient) {
        return history(axisId, recipient).stream().filter(h -> h.startsWith("upstream-")).toList();
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

    static String rows(String... rows) {
        return "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"OK\",\"data\":[" + String.join(",", rows) + "]}";
    }

    static String row(String toCode, String receiveStatus, String receivedTime, String receiveStatusDesc) {
        return "{\"senderDocId\":\"x\",\"fromCode\":\"" + A + "\",\"toCode\":\"" + toCode + "\","
                + "\"sentTime\":\"2026-11-22T03:00:00Z\",\"receivedTime\":" + quoted(receivedTime) + ","
                + "\"sendStatus\":\"initial\",\"receiveStatus\":\"" + receiveStatus + "\","
                + "\"receiveStatusDesc\":" + quoted(receiveStatusDesc) + "}";
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
