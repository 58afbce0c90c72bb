package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.support.Api;

/**
 * The overview over real HTTP: every Camel route with its state and its exchanges from the Micrometer route
 * policy (a package handed to the intake route counts there), the national axis connection (off in the test
 * profile), the embedded broker's queue depths, and the page refreshes itself.
 */
class ConsoleOverviewIT extends ConsoleTestBase {
    private static final Pattern INTAKE_EXCHANGES = Pattern.compile(
            "data-route=\"edge-to-ledger\">.*?class=\"route-exchanges\">(\\d+)<", Pattern.DOTALL);
    private static final Pattern QUEUE_DEPTH = Pattern.compile(
            "data-queue=\"([^\"]+)\">.*?class=\"queue-depth\">([^<]*)<", Pattern.DOTALL);
    @Autowired CamelContext camel;

    @Test
    void givenAPackageHandedToIntake_thenTheOverviewCountsItOnTheIntakeRoute() {
        ConsoleBrowser operator = ConsoleBrowser.signedIn(port, "operator", PASSWORD);
        String before = operator.get("/console").body();
        camel.getRoutes().forEach(r -> assertThat(before).contains("data-route=\"" + r.getRouteId() + "\""));
        assertThat(before).contains("<meta http-equiv=\"refresh\" content=\"30\">");
        assertThat(before).contains("data-state=\"OFF\"");
        long exchanges = intakeExchanges(before);

        Api api = new Api(port);
        String token = Api.json(api.postJson("/admin/api/v1/clients", ADMIN_TOKEN, null,
                "{\"name\":\"DMS tổng quan\",\"agencies\":[\"" + A + "\"]}")).path("token").asText();
        assertThat(api.submit("<not-edxml/>".getBytes(StandardCharsets.UTF_8), token).statusCode()).isEqualTo(400);

        String after = operator.get("/console").body();
        assertThat(intakeExchanges(after)).isGreaterThan(exchanges);
        assertThat(after).containsPattern("data-route=\"edge-to-ledger\">\\s*<td>edge-to-ledger</td>\\s*"
                + "<td class=\"route-state good\">Started</td>");
    }

    /**
     * The embedded broker's queues show numbers, also after a garbage collection (the gauge's object used to be
     * held only weakly by Micrometer: once collected the overview and the metric read NaN).
     */
    @Test
    void givenTheEmbeddedBroker_whenTheHeapWasCollected_thenQueueDepthsAreNumbers() {
        System.gc();
        String page = ConsoleBrowser.signedIn(port, "auditor", PASSWORD).get("/console").body();
        Matcher m = QUEUE_DEPTH.matcher(page);
        int rows = 0;
        while (m.find()) {
            assertThat(m.group(2)).as("queue %s", m.group(1)).matches("\\d+");
            rows++;
        }
        assertThat(rows).as(page).isEqualTo(2);
        assertThat(page).doesNotContain("NaN").doesNotContain("queues-external");
        assertThat(new Api(port).get("/actuator/prometheus", "sample-scrape-token", null).body())
                .containsPattern("axis_queue_depth\\{broker=\"embedded\",queue=\"axis.delivery\"[^}]*\\} \\d")
                .doesNotContainPattern("axis_queue_depth\\{[^}]*\\} NaN");
    }

    private static long intakeExchanges(String page) {
        Matcher m = INTAKE_EXCHANGES.matcher(page);
        assertThat(m.find()).as("the intake route's row").isTrue();
        return Long.parseLong(m.group(1));
    }
}
