package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard shows the routes beside the axis's own metrics, with bounded label sets
 * (grouped by routeId and the axis's own small enums only); the alert rules watch the routes.
 */
class RouteDashboardTest {
    private static final Set<String> BOUNDED = Set.of("routeId", "api", "outcome", "code", "route", "state", "queue",
            "le", "path", "instance", "component", "kind", "duty", "job");
    private static final Pattern BY = Pattern.compile("by \\(([^)]*)\\)");

    @Test
    void theDashboardHasRoutePanelsAndGroupsOnlyByBoundedLabels() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("config/grafana/lienthong-axis-dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));

        assertThat(exprs).anyMatch(e -> e.contains("axis_route_up"))
                .anyMatch(e -> e.contains("camel_exchanges_failed_total") && e.contains("by (routeId)"))
                .anyMatch(e -> e.contains("camel_route_policy_seconds_sum"))
                .anyMatch(e -> e.contains("routeId=\"edge-to-ledger\""));
        for (String expr : exprs) {
            Matcher m = BY.matcher(expr);
            while (m.find()) {
                for (String label : m.group(1).split(",")) {
                    assertThat(BOUNDED).as(expr).contains(label.trim());
                }
            }
        }
        List<Integer> ids = new ArrayList<>();
        dashboard.path("panels").forEach(p -> ids.add(p.path("id").asInt()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theAlertRulesWatchEveryRoute() throws IOException {
        String rules = Files.readString(Path.of("config/prometheus/lienthong-axis-alerts.yml"));
        assertThat(rules).contains("alert: AxisRouteStopped").contains("axis_route_up")
                .contains("alert: AxisRouteFailureRateJump").contains("camel_exchanges_failed_total");
        String tests = Files.readString(Path.of("config/prometheus/lienthong-axis-alerts.test.yml"));
        assertThat(tests).contains("alertname: AxisRouteStopped").contains("alertname: AxisRouteFailureRateJump");
    }
}
