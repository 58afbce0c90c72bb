package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandsTest {
    private static final Path EXAMPLES = Path.of("docs", "examples");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return AxisCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void givenExampleMetaAndExtraAttachment_whenBuiltAndInspected_thenJsonDescribesThePackage() throws Exception {
        Path extra = Files.writeString(dir.resolve("phu-luc.txt"), "Phụ lục số liệu");
        Path edxml = dir.resolve("out.edxml");

        assertThat(run("package", "build", "--meta", EXAMPLES.resolve("document-meta.yml").toString(),
                "--attach", extra.toString(), "--out", edxml.toString())).as(err.toString()).isEqualTo(0);
        assertThat(run("package", "inspect", edxml.toString())).as(out.toString()).isEqualTo(0);

        JsonNode j = json();
        assertThat(j.get("kind").asText()).isEqualTo("document");
        assertThat(j.get("businessType").asText()).isEqualTo("NEW");
        assertThat(j.get("documentId").asText()).isEqualTo("000.00.00.H99,2025/06/02,125/UBND-VP");
        assertThat(j.get("from").asText()).isEqualTo("000.00.00.H99");
        assertThat(j.get("to")).hasSize(1);
        assertThat(j.get("to").get(0).asText()).isEqualTo("000.00.00.G22");
        assertThat(j.get("subject").asText()).isEqualTo("V/v báo cáo tình hình thử nghiệm");
        assertThat(j.get("signed").asBoolean()).isFalse();
        assertThat(j.get("problems")).isEmpty();
        JsonNode attachments = j.get("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).get("name").asText()).isEqualTo("125-UBND-VP.pdf");
        assertThat(attachments.get(0).get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachments.get(0).get("sha256").asText()).isEqualTo(sha256(EXAMPLES.resolve("125-UBND-VP.pdf")));
        assertThat(attachments.get(1).get("name").asText()).isEqualTo("phu-luc.txt");
        assertThat(attachments.get(1).get("size").asLong()).isEqualTo(Files.size(extra));
        assertThat(attachments.get(1).get("sha256").asText()).isEqualTo(sha256(extra));
    }

    @Test
    void givenStatusMeta_whenBuiltAndInspected_thenStatusCodeIsShown() throws Exception {
        Path edxml = dir.resolve("status.edxml");

        assertThat(run("package", "build", "--status", "--meta", EXAMPLES.resolve("status-meta.yml").toString(),
                "--out", edxml.toString())).as(err.toString()).isEqualTo(0);
        assertThat(run("package", "inspect", edxml.toString())).isEqualTo(0);

        JsonNode j = json();
        assertThat(j.get("kind").asText()).isEqualTo("status");
        assertThat(j.get("statusCode").asText()).isEqualTo("03");
        assertThat(j.get("documentId").asText()).isEqualTo("000.00.00.H99,2025/06/02,125/UBND-VP");
        assertThat(j.get("from").asText()).isEqualTo("000.00.00.G22");
    }

    @Test
    void givenPackageBreakingRules_whenInspected_thenExit1WithProblems() throws Exception {
        String xml = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXMLEnvelope><edXMLHeader>"
                + "<MessageHeader><From><OrganId>000.00.00.H99</OrganId></From></MessageHeader>"
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/></edXMLHeader></edXMLEnvelope></edXML>";
        Path edxml = Files.writeString(dir.resolve("bad.edxml"), xml);

        assertThat(run("package", "inspect", edxml.toString())).isEqualTo(1);

        JsonNode j = json();
        assertThat(j.get("signed").asBoolean()).isTrue();
        assertThat(j.get("problems").findValuesAsText("field")).contains("MessageHeader/To", "MessageHeader/Subject");
    }

    @Test
    void givenHostileXml_whenInspected_thenExit1WithStableCode() throws Exception {
        Path edxml = Files.writeString(dir.resolve("xxe.edxml"),
                "<!DOCTYPE edXML [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><edXML>&h;</edXML>");

        assertThat(run("package", "inspect", edxml.toString())).isEqualTo(1);

        assertThat(json().get("code").asText()).isEqualTo("DTD_NOT_ALLOWED");
    }

    @Test
    void givenInspect_thenNoTemporaryAttachmentFolderIsLeft() throws Exception {
        Path edxml = dir.resolve("out.edxml");
        run("package", "build", "--meta", EXAMPLES.resolve("document-meta.yml").toString(), "--out", edxml.toString());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countInspectDirs(tmp);

        run("package", "inspect", edxml.toString());

        assertThat(countInspectDirs(tmp)).isEqualTo(before);
    }

    @Test
    void givenMetaBreakingRules_whenBuilt_thenExit1AndNothingWritten() throws Exception {
        Path meta = Files.writeString(dir.resolve("meta.yml"), "header:\n  from: {organId: 000.00.00.H99}\n");
        Path edxml = dir.resolve("out.edxml");

        assertThat(run("package", "build", "--meta", meta.toString(), "--out", edxml.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("MessageHeader/Subject: required");
        assertThat(edxml).doesNotExist();
    }

    @Test
    void givenUsageErrors_thenExit2() {
        assertThat(run("package", "build", "--out", "x.edxml")).isEqualTo(2);
        assertThat(run("package", "build", "--meta", dir.resolve("missing.yml").toString(), "--out", "x")).isEqualTo(2);
        assertThat(run("package", "inspect")).isEqualTo(2);
        assertThat(run("package", "inspect", dir.resolve("missing.edxml").toString())).isEqualTo(2);
        assertThat(run("package", "inspect", "--bogus", "x", "y")).isEqualTo(2);
        assertThat(run("package", "nosuch")).isEqualTo(2);
    }

    @Test
    void givenMetaWithUnknownField_thenExit2() throws Exception {
        Path meta = Files.writeString(dir.resolve("meta.yml"), "header:\n  subjet: typo\n");

        assertThat(run("package", "build", "--meta", meta.toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
    }

    private static long countInspectDirs(Path tmp) throws Exception {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("axis-inspect-")).count();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
