package vn.lienthong.axis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.LocalCluster;
import vn.lienthong.axis.support.TestDirs;

/** The command-line contract of {@code bin/local-cluster} that tests, benchmarks and people rely on. */
class LocalClusterScriptTest {

    @Test
    void givenNothingRunning_thenStatusIsOneJsonObjectWithEveryComponentDown() throws Exception {
        Path dir = TestDirs.fresh("lc-status");
        Result r = run(dir, "status");
        assertThat(r.exit).isZero();
        JsonNode s = Api.JSON.readTree(r.stdout);
        for (String name : List.of("node1", "node2", "broker1", "broker2")) {
            assertThat(s.path(name).path("pid").isNull()).as(name).isTrue();
            assertThat(s.path(name).path("port").asInt()).as(name).isPositive();
        }
        assertThat(s.path("broker1").path("role").isNull()).isTrue();
        assertThat(s.path("node1").path("port").asInt()).isEqualTo(18181);
        assertThat(s.path("broker2").path("port").asInt()).isEqualTo(61917);
        assertThat(s.path("jdbcUrl").asText()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/lc_status_test");
        assertThat(s.path("brokerUrl").asText()).startsWith("(tcp://127.0.0.1:61916,tcp://127.0.0.1:61917)?ha=true")
                .contains("reconnectAttempts=-1");
        assertThat(s.path("dataDir").asText()).isEqualTo(dir.toString());
        assertThat(s.path("blobDir").asText()).isEqualTo(dir.resolve("blobs").toString());
    }

    @Test
    void givenAnUnknownComponent_thenKillFailsWithoutTouchingAnything() throws Exception {
        Result r = run(TestDirs.fresh("lc-unknown"), "kill", "node3");
        assertThat(r.exit).isNotZero();
        assertThat(r.stderr).contains("unknown component 'node3'");
    }

    @Test
    void givenNoCommand_thenUsageAndExitCode2() throws Exception {
        Result r = run(TestDirs.fresh("lc-usage"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.stderr).contains("bin/local-cluster up").contains("down [--wipe]");
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result run(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(LocalCluster.SCRIPT.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(java.util.Map.of("AXIS_CLUSTER_DIR", dir.toString(), "AXIS_CLUSTER_DB", "lc_status_test",
                "AXIS_CLUSTER_NODE1_PORT", "18181", "AXIS_CLUSTER_BROKER1_PORT", "61916",
                "AXIS_CLUSTER_BROKER2_PORT", "61917"));
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
