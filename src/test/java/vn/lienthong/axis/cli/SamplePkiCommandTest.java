package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys sample-pki --out <dir>} writes the SAMPLE PKI. */
class SamplePkiCommandTest {
    @TempDir Path dir;

    @Test
    void givenOutFolder_thenTheSamplePkiIsWrittenWithTheConfiguredNames() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AxisCli.run(List.of("keys", "sample-pki", "--out", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(AxisCli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SAMPLE PKI").contains("sample-password");
        assertThat(dir.resolve("sample-root-ca.pem")).exists();
        assertThat(dir.resolve("sample-axis-signing.p12")).exists();
        assertThat(dir.resolve("sample-intermediate-ca.crl")).exists();
        assertThat(dir.resolve("sample-agency-000.00.02.h99-ec-signing.p12")).exists();
        assertThat(dir.resolve("README.md")).content(StandardCharsets.UTF_8).contains("NOT FOR PRODUCTION");
    }

    @Test
    void givenNoOutOption_thenUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AxisCli.run(List.of("keys", "sample-pki"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(AxisCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
    }
}
