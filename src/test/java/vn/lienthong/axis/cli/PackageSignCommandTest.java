package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.support.TestPackages;

/** {@code package sign} and {@code package verify} through {@link AxisCli#run}. */
class PackageSignCommandTest {
    @TempDir Path dir;
    private Path p12;
    private Path in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void samples() throws Exception {
        in = TestPackages.write(TestPackages.document("000.00.00.H99", List.of("000.00.01.H99")),
                dir.resolve("unsigned.edxml"));
        p12 = vn.lienthong.axis.support.SampleKeys.signingP12("000.00.00.H99", false);
    }

    @Test
    void givenKeyAndPackage_whenSignThenVerify_thenExitZeroAndValidJson() {
        Path signed = dir.resolve("signed.edxml");
        assertThat(run("package", "sign", "--key", p12.toString(), "--password", "sample-password", "--out", signed.toString(),
                in.toString())).isZero();
        assertThat(run("package", "verify", "--trust", "certs-sample/sample-root-ca.pem", "--crl",
                "certs-sample/sample-intermediate-ca.crl", signed.toString())).isZero();
        assertThat(out.toString()).contains("\"valid\" : true").contains("000.00.00.H99");
    }

    @Test
    void givenAlreadySignedPackage_whenSign_thenExitOne() {
        Path signed = dir.resolve("signed.edxml");
        run("package", "sign", "--key", p12.toString(), "--password", "sample-password", "--out", signed.toString(), in.toString());
        assertThat(run("package", "sign", "--key", p12.toString(), "--password", "sample-password", "--out",
                dir.resolve("twice.edxml").toString(), signed.toString())).isEqualTo(AxisCli.INVALID);
        assertThat(err.toString()).contains("already signed");
    }

    @Test
    void givenMissingOption_whenSign_thenExitTwo() {
        assertThat(run("package", "sign", "--key", p12.toString(), in.toString())).isEqualTo(AxisCli.USAGE);
    }

    @Test
    void givenUnsignedPackage_whenVerify_thenExitOneWithCode() {
        assertThat(run("package", "verify", "--trust", "certs-sample/sample-root-ca.pem", in.toString()))
                .isEqualTo(AxisCli.INVALID);
        assertThat(out.toString()).contains("\"valid\" : false").contains("\"code\" : \"SIGNATURE_MISSING\"");
    }

    private int run(String... args) {
        return AxisCli.run(new ArrayList<>(List.of(args)), new PrintStream(out, true), new PrintStream(err, true));
    }
}
