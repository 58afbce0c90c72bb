package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * Checked from outside: the per-route metrics an operator scrapes count every package our clients
 * send through each edge (REST, SOAP, VXP) on the intake route; a client's refusal is an exchange,
 * not a route failure; the route's up gauge is 1; the embedded H2 file's gauges are there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RouteMetricsIT extends PipelineTestBase {
    private static final String INTAKE = "routeId=\"edge-to-ledger\"";
    private static final String SOAP = "routeId=\"soap-edge-to-operations\"";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("route-metrics").toString());
    }

    @Test
    void givenOnePackagePerEdgeAndOneRefusal_thenTheIntakeRouteCountsFourExchangesAndNoFailure() {
        EdgeProbe edges = new EdgeProbe(api, port);
        VxpSdk vxp = edges.vxpClient(A, "vxp.metrics." + UUID.randomUUID().toString().substring(0, 8));
        double exchanges = sum("camel_exchanges_total", INTAKE);
        double failed = sum("camel_exchanges_failed_total", INTAKE);
        double timed = sum("camel_route_policy_seconds_count", INTAKE);
        double soapExchanges = sum("camel_exchanges_total", SOAP);

        accepted(edges.rest(EdxmlSamples.document(A, newDocumentId(A), "Qua REST", B), tokenA));
        accepted(edges.soap(EdxmlSamples.document(A, newDocumentId(A), "Qua SOAP", B), tokenA));
        accepted(edges.vxp(vxp, EdxmlSamples.document(A, newDocumentId(A), "Qua VXP", B), A));
        HttpResponse<String> mismatch = edges.rest(EdxmlSamples.document(B, newDocumentId(B), "Không phải của A", A),
                tokenA);
        assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(403);

        assertThat(sum("camel_exchanges_total", INTAKE) - exchanges).isEqualTo(4);
        assertThat(sum("camel_route_policy_seconds_count", INTAKE) - timed).isEqualTo(4);
        assertThat(sum("camel_exchanges_failed_total", INTAKE) - failed).isZero();
        assertThat(sum("camel_exchanges_total", SOAP) - soapExchanges).as("the SOAP edge route (ADR 033)").isEqualTo(1);
        assertThat(sum("axis_route_up", INTAKE)).isEqualTo(1);
        assertThat(sum("axis_route_up", "routeId=\"delivery-queue-to-dispatch\"")).isEqualTo(1);
    }

    @Test
    void givenTheEmbeddedH2_thenHousekeepingReportsItsFile() {
        await().atMost(Duration.ofSeconds(20)).until(() -> sum("axis_h2_file_bytes", "") > 0);
        assertThat(sum("axis_h2_chunks_fill_rate_percent", "")).as("ADR 040").isBetween(1.0, 100.0);
    }

    private static void accepted(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        assertThat(r.body()).doesNotContain("Fault").doesNotContain("\"FAIL\"");
    }

    /** The sum of a series' samples whose labels contain {@code label} (0 when absent). */
    private double sum(String series, String label) {
        String body = api.get("/actuator/prometheus", "sample-scrape-token", null).body();
        return body.lines().filter(l -> (l.startsWith(series + "{") || l.startsWith(series + " ")) && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
