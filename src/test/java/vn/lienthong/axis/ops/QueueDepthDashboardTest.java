package vn.lienthong.axis.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's queue depth panel adds up the per-node depths of embedded brokers but takes a standalone
 * broker's shared depths once (every node reports them). Its expression is the one the promtool unit test
 * evaluates on two nodes of each kind (config/prometheus/lienthong-axis-alerts.test.yml, run by .ci/run).
 */
class QueueDepthDashboardTest {

    @Test
    void theQueueDepthPanelIsTheExpressionPromtoolChecksOnTwoNodes() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("config/grafana/lienthong-axis-dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        List<String> depth = exprs.stream().filter(e -> e.contains("axis_queue_depth")).toList();

        assertThat(depth).singleElement().satisfies(e -> assertThat(e)
                .contains("max by (queue) (axis_queue_depth{instance=~\"$instance\", broker=\"standalone\"})")
                .contains("sum by (queue) (axis_queue_depth{instance=~\"$instance\", broker!=\"standalone\"})"));
        String tests = Files.readString(Path.of("config/prometheus/lienthong-axis-alerts.test.yml"));
        assertThat(tests).contains("expr: '" + depth.get(0).replace("$instance", ".+") + "'");
    }
}
