package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.RecordingEndpoint;
import vn.lienthong.axis.support.TestDirs;

/**
 * The daily duty summary pushed by the ShedLock-coordinated job to a real HTTP receiver: refused
 * answers are tried again, the day is sent once, and the body is the duty report of the window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DutySummaryIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("duty-summary");
    static final RecordingEndpoint WEBHOOK = new RecordingEndpoint();
    static final AtomicBoolean READY = new AtomicBoolean();
    static final String ADMIN = "sample-admin-token";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.duties.summary.webhook-url", () -> WEBHOOK.url("/duties"));
        r.add("axis.duties.summary.webhook-token", () -> "sample-webhook-token");
        r.add("axis.duties.summary.at", () -> "00:00");
        r.add("axis.duties.summary.check-period", () -> "1s");
        WEBHOOK.answer("/duties", () -> READY.get() ? 204 : 503);
    }

    @Autowired MeterRegistry meters;

    @Test
    void givenAWebhook_thenTheDaySummaryIsRetriedUntilAccepted_sentOnce_andIsTheDutyReport() throws Exception {
        String docId = newDocumentId(A);
        String axisId = submitted(EdxmlSamples.document(A, docId, "V/v báo cáo nghĩa vụ", B), tokenA, 202)
                .path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> WEBHOOK.hits("/duties").size() >= 1); // refused (503) so far
        assertThat(count("duty_summary_sent")).isZero();

        READY.set(true);
        await().atMost(WAIT).until(() -> count("duty_summary_sent") == 1);
        int hits = WEBHOOK.hits("/duties").size();
        RecordingEndpoint.Hit sent = WEBHOOK.hits("/duties").get(hits - 1);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer sample-webhook-token");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        JsonNode body = Api.JSON.readTree(sent.body());
        assertThat(body.path("kind").asText()).isEqualTo("axis-duty-summary");
        assertThat(body.path("day").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        assertThat(body.path("overall").path("received").path("met").asLong()).isEqualTo(1);
        assertThat(body.path("overall").path("registered").path("open").asLong()).isEqualTo(1);
        assertThat(body.path("openCount").asLong()).isEqualTo(2); // arrived and registered
        assertThat(body.path("open").toString()).contains(axisId);
        String window = "from=" + body.path("from").asText() + "&to=" + body.path("to").asText();
        JsonNode report = Api.json(api.get("/admin/api/v1/duties?" + window.replace("+", "%2B"), ADMIN, null));
        assertThat(body.path("agencies")).isEqualTo(report.path("agencies"));

        double runs = jobRuns();
        await().atMost(WAIT).until(() -> jobRuns() >= runs + 3);
        assertThat(WEBHOOK.hits("/duties")).hasSize(hits);
        assertThat(meters.counter("axis.duties.summary", "outcome", "sent").count()).isEqualTo(1);
        assertThat(meters.counter("axis.duties.summary", "outcome", "failed").count()).isPositive();
    }

    private double jobRuns() {
        var timer = meters.find("axis.job.runs").tag("job", "duty-summary").timer();
        return timer == null ? 0 : timer.count();
    }

}
