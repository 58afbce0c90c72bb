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
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;

/** {@code receipt verify} and the usage errors of {@code ledger verify}. */
class EvidenceCommandsTest {
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return AxisCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path signedCheckpoint(String p12) throws Exception {
        EvidenceSigner signer = EvidenceSigner.fromPkcs12(Path.of(p12), "sample-password".toCharArray(), "", dir);
        String xml = signer.sign(CheckpointDocument.unsigned("2026-12-06T06:00:00Z", "axis-1",
                List.of(new CheckpointDocument.Head(0, 3, "cd".repeat(32)))));
        return Files.writeString(dir.resolve("checkpoint.xml"), xml);
    }

    @Test
    void givenADocumentSignedByTheAxis_thenReceiptVerifyExits0NamingTheSigner() throws Exception {
        Path file = signedCheckpoint("certs-sample/sample-axis-signing.p12");
        assertThat(run("receipt", "verify", "--axis-cert", "certs-sample/sample-axis-signing.pem", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\": true", "axis-1 signing");
    }

    @Test
    void givenAChangedDocument_thenReceiptVerifyExits1() throws Exception {
        Path file = signedCheckpoint("certs-sample/sample-axis-signing.p12");
        Files.writeString(file, Files.readString(file).replace("Seq=\"3\"", "Seq=\"2\""));
        assertThat(run("receipt", "verify", file.toString())).isEqualTo(AxisCli.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SIGNATURE_INVALID");
    }

    @Test
    void givenADocumentSignedByAnotherKey_thenItIsNotTheAxisReceipt() throws Exception {
        Path file = signedCheckpoint("certs-sample/sample-agency-000.00.00.h99-rsa-signing.p12");
        assertThat(run("receipt", "verify", "--axis-cert", "certs-sample/sample-axis-signing.pem", file.toString()))
                .isEqualTo(AxisCli.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("UNTRUSTED_SIGNER");
    }

    @Test
    void givenNoJdbcUrlOrAnUnreachableDatabase_thenLedgerVerifyIsAUsageError() {
        assertThat(run("ledger", "verify")).isEqualTo(AxisCli.USAGE);
        assertThat(run("ledger", "verify", "--jdbc", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"))
                .isEqualTo(AxisCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot open");
    }
}
