package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void givenDocumentModel_whenWrittenAndRead_thenEqualModelAndVietnameseTextByteForByte() throws Exception {
        Path a = file("a.pdf", 100_000);
        Path b = file("b.pdf", 1);
        EdxmlPackage written = SamplePackages.document(a, b);

        EdxmlPackage read = roundTrip(written, new EdxmlWriter());

        assertThat(read.kind()).isEqualTo(EdxmlPackage.Kind.DOCUMENT);
        assertThat(read.header()).isEqualTo(written.header());
        assertThat(read.trace()).isEqualTo(written.trace());
        assertThat(read.signed()).isFalse();
        assertThat(read.header().subject().getBytes(StandardCharsets.UTF_8))
                .isEqualTo("V/v báo cáo tình hình thử nghiệm".getBytes(StandardCharsets.UTF_8));
        assertThat(read.header().signerInfo().fullName()).isEqualTo("Nguyễn Văn A");
        assertThat(read.header().code().codeNotation()).isEqualTo("VPCP-TTĐT");
        assertThat(read.manifest()).extracting(ManifestReference::contentId).containsExactly("att-1", "att-2");
        assertThat(read.attachments()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Attachment in = written.attachments().get(i);
            Attachment out = read.attachments().get(i);
            assertThat(out.contentId()).isEqualTo(in.contentId());
            assertThat(out.name()).isEqualTo(in.name());
            assertThat(out.contentType()).isEqualTo(in.contentType());
            assertThat(out.sha256()).isEqualTo(sha256(in.file()));
            assertThat(out.size()).isEqualTo(Files.size(in.file()));
        }
        assertThat(new PackageValidator().validate(read)).isEmpty();
    }

    @Test
    void givenZipOption_whenWrittenAndRead_thenZipIsUnwrappedToTheSameBytes() throws Exception {
        Path a = file("a.pdf", 70_000);

        EdxmlPackage read = roundTrip(SamplePackages.document(a), new EdxmlWriter(new EdxmlWriter.Options(true)));

        Attachment out = read.attachments().get(0);
        assertThat(out.contentType()).isEqualTo("application/zip");
        assertThat(read.manifest().get(0).contentType()).isEqualTo("application/zip");
        assertThat(out.zipEntryName()).isEqualTo("tệp 1.pdf");
        assertThat(out.sha256()).isEqualTo(sha256(a));
    }

    @Test
    void givenStatusModel_whenWrittenAndRead_thenEqualModel() {
        EdxmlPackage written = SamplePackages.status("07");

        EdxmlPackage read = roundTrip(written, new EdxmlWriter());

        assertThat(read).isEqualTo(written);
    }

    @Test
    void givenWriter_thenVnptFormsAreEmitted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(SamplePackages.document(), out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("<edXML:Bussiness>", "<edXML:BussinessDocType>0</edXML:BussinessDocType>")
                .contains("<edXML:Subject>V/v báo cáo tình hình thử nghiệm</edXML:Subject>")
                .doesNotContain("Signature");
    }

    @Test
    void givenAttachments_thenContentIdsCarryCidPrefix() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(SamplePackages.document(file("a.pdf", 10)), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<edXML:ContentId>cid:att-1</edXML:ContentId>",
                "<ContentId>cid:att-1</ContentId>", "<AttachmentEncoded>");
    }

    private EdxmlPackage roundTrip(EdxmlPackage pkg, EdxmlWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(pkg, out);
        return new EdxmlReader().read(new ByteArrayInputStream(out.toByteArray()), AttachmentSink.directory(dir.resolve("read")));
    }

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
