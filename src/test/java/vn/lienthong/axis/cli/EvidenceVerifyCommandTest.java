package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and a file that is no container; valid and tampered containers: EvidenceContainerTest, EvidenceContainerIT. */
class EvidenceVerifyCommandTest {
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return AxisCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void givenNoTrustedAxisCertificate_thenItIsAUsageError() throws Exception {
        Path f = Files.writeString(dir.resolve("x.asice"), "x");
        assertThat(run("evidence", "verify", f.toString())).isEqualTo(AxisCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--trust");
    }

    @Test
    void givenAMissingContainer_thenItIsAUsageError() {
        assertThat(run("evidence", "verify", "--trust", "certs-sample/sample-axis-signing.pem",
                dir.resolve("none.asice").toString())).isEqualTo(AxisCli.USAGE);
    }

    @Test
    void givenAFileThatIsNoContainer_thenItIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("x.asice"), "not a zip at all");
        assertThat(run("evidence", "verify", "--trust", "certs-sample/sample-axis-signing.pem", f.toString()))
                .isEqualTo(AxisCli.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : false");
    }
}
