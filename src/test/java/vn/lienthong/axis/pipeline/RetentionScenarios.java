package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.retention.Retention;
import vn.lienthong.axis.retention.RetentionProperties;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;

/**
 * Retention and archive on the whole application (ADR 027), the job run with shifted clocks: bytes move to
 * the archive and are still served; deletion after the archive period, never under a legal hold; every
 * step a ledger event, the chain intact, receipts unchanged.
 */
abstract class RetentionScenarios extends PipelineTestBase {
    static final String ADMIN = "sample-admin-token";
    static final Duration ARCHIVE_AFTER = Duration.ofDays(30);
    static final Duration DELETE_AFTER = Duration.ofDays(365);

    @Autowired LedgerRepository repo;
    @Autowired PlatformTransactionManager txm;

    abstract Path data();

    /** The application's own job, wired to its database and stores, with a clock {@code ahead} of now. */
    Retention.Run runAhead(Duration ahead) {
        RetentionProperties props = new RetentionProperties(true, null, Map.of("document", ARCHIVE_AFTER),
                Map.of("document", DELETE_AFTER), Duration.ofHours(1), 200);
        return new Retention(jdbc, repo, blobs, new TransactionTemplate(txm), props,
                Clock.offset(Clock.systemUTC(), ahead)).run();
    }

    @Test
    void givenShiftedClocks_thenArchivedStillServed_deletedAfterTheArchivePeriod_neverUnderALegalHold() throws Exception {
        byte[] kept = EdxmlSamples.document(A, newDocumentId(A), "Hồ sơ lưu trữ có phong tỏa", B);
        String held = sentAndFetched(kept);
        String gone = sentAndFetched(EdxmlSamples.document(A, newDocumentId(A), "Hồ sơ hết hạn lưu trữ", B));
        String receipt = api.get("/api/v1/packages/" + held + "/receipt", tokenA, null).body();
        assertThat(runAhead(Duration.ofDays(29)).archived()).isZero();

        Retention.Run archived = runAhead(ARCHIVE_AFTER.plusDays(1));
        assertThat(archived.archived()).isEqualTo(2);
        assertThat(Files.exists(blobs.root().resolve(relative(held)))).isFalse();
        assertThat(Files.exists(data().resolve("archive").resolve(relative(held)))).isTrue();
        assertThat(api.getBytes("/api/v1/packages/" + held, tokenB, null).body()).isEqualTo(kept);
        assertThat(retention(held).path("state").asText()).isEqualTo("archived");
        assertThat(historyTypes(held)).contains("archived");
        assertThat(runAhead(ARCHIVE_AFTER.plusDays(2)).archived()).isZero();

        HttpResponse<String> bad = hold(held, "{\"reason\":\" \"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).path("field").asText()).isEqualTo("reason");
        assertThat(count("legal_hold")).isZero();
        assertThat(hold("no-such-package", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(api.send(api.request("/admin/api/v1/packages/" + held + "/legal-hold", tokenA, null)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}"))
                .build()).statusCode()).isIn(401, 403);
        HttpResponse<String> set = hold(held, "{\"reason\":\"Vụ án số 12/2027: giữ nguyên chứng cứ\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Api.json(set).path("hold").path("reason").asText()).isEqualTo("Vụ án số 12/2027: giữ nguyên chứng cứ");

        Duration pastArchive = ARCHIVE_AFTER.plus(DELETE_AFTER).plusDays(2);
        Retention.Run deleted = runAhead(pastArchive);
        assertThat(deleted.deleted()).isEqualTo(1);
        assertThat(deleted.held()).isEqualTo(1);
        HttpResponse<String> fetchGone = api.get("/api/v1/packages/" + gone, tokenA, null);
        assertThat(fetchGone.statusCode()).isEqualTo(404);
        assertThat(Api.json(fetchGone).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(Api.json(fetchGone).path("detail").asText()).contains("deleted at the end of their archive period");
        assertThat(api.get("/api/v1/packages/" + gone + "/evidence", tokenA, null).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/packages/" + gone + "/trace", tokenA, null).statusCode()).isEqualTo(200);
        assertThat(historyTypes(gone)).contains("archived", "deleted");
        assertThat(retention(gone).path("state").asText()).isEqualTo("deleted");
        assertThat(api.getBytes("/api/v1/packages/" + held, tokenA, null).body()).isEqualTo(kept);
        assertThat(api.get("/api/v1/packages/" + held + "/receipt", tokenA, null).body()).isEqualTo(receipt);
        assertThat(hold(gone, "{\"reason\":\"quá muộn\"}").statusCode()).isEqualTo(400);

        assertThat(api.send(api.request("/admin/api/v1/packages/" + held + "/legal-hold", ADMIN, null).DELETE().build())
                .statusCode()).isEqualTo(204);
        assertThat(runAhead(pastArchive).deleted()).isEqualTo(1);
        assertThat(api.get("/api/v1/packages/" + held, tokenB, null).statusCode()).isEqualTo(404);
        assertThat(historyTypes(held)).containsSubsequence("archived", "legal-hold-set", "legal-hold-cleared", "deleted");
        assertThat(api.get("/api/v1/packages/" + held + "/receipt", tokenA, null).body()).isEqualTo(receipt);

        api.postJson("/admin/api/v1/ledger/checkpoints", ADMIN, null, "{}");
        JsonNode verify = Api.json(api.get("/admin/api/v1/ledger/verify", ADMIN, null));
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    private String sentAndFetched(byte[] pkg) {
        String axisId = submitted(pkg, tokenA, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
        return axisId;
    }

    private Path relative(String axisId) {
        String key = repo.findPackage(axisId).orElseThrow().blobKey();
        return Path.of(key.substring(0, 2), key.substring(2, 4), key);
    }

    private HttpResponse<String> hold(String axisId, String body) {
        return api.send(api.request("/admin/api/v1/packages/" + axisId + "/legal-hold", ADMIN, null)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode retention(String axisId) {
        return Api.json(api.get("/admin/api/v1/packages/" + axisId + "/retention", ADMIN, null));
    }

    private java.util.List<String> historyTypes(String axisId) {
        JsonNode trace = Api.json(api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null));
        java.util.List<String> out = new java.util.ArrayList<>();
        trace.path("history").forEach(s -> out.add(s.path("type").asText()));
        return out;
    }
}
