package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.axis.edxml.Attachment;
import vn.lienthong.axis.edxml.AttachmentCapture;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.VerifyingInspector;

/**
 * Intake decodes attachments in the signature's digest pass (ADR 038): what that pass decodes must be
 * exactly what the edXML reader's own full read decodes, and anything the reader would refuse, or a
 * digest that does not match, leaves nothing decoded behind.
 */
class DigestPassAttachmentsTest {
    private static final String CONTENT = "<ContentTransferEncoded>";
    private final EdxmlReader reader = new EdxmlReader();
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void givenSignedPackage_thenDigestPassDecodesWhatTheReaderDecodes(int attachments) throws Exception {
        assertSameAsFullRead(SignedFixtures.signed(dir, attachments));
    }

    @Test
    void givenBase64InCdataCharacterReferencesAndComments_thenSameBytesAsTheReader() throws Exception {
        String unsigned = SamplePackages.document(1, 3000);
        int start = unsigned.indexOf(CONTENT) + CONTENT.length();
        String base64 = unsigned.substring(start, unsigned.indexOf("</ContentTransferEncoded>"));
        String mixed = "<![CDATA[" + base64.substring(0, 100) + "]]>&#x" + Integer.toHexString(base64.charAt(100))
                + ";<!-- a comment -->" + base64.substring(101, 2000) + "<?pi here?>" + base64.substring(2000);
        assertSameAsFullRead(sign(unsigned.replace(base64, mixed)));
    }

    @Test
    void givenSingleEntryZip_thenUnwrappedLikeTheReader() throws Exception {
        String zip = Base64.getMimeEncoder().encodeToString(zip("công văn.pdf", "%PDF-1.7 nội dung".repeat(500)));
        String unsigned = SamplePackages.document(1, 10);
        int start = unsigned.indexOf(CONTENT) + CONTENT.length();
        unsigned = unsigned.substring(0, start) + zip + unsigned.substring(unsigned.indexOf("</ContentTransferEncoded>"));

        EdxmlPackage captured = assertSameAsFullRead(sign(unsigned));

        assertThat(captured.attachments().get(0).zipEntryName()).isEqualTo("công văn.pdf");
    }

    @Test
    void givenSecondContentAndOtherElements_thenOnlyTheFirstContentOfEachAttachmentIsDecoded() throws Exception {
        String unsigned = SamplePackages.document(2, 500)
                .replace("</ContentTransferEncoded></Attachment>",
                        "</ContentTransferEncoded><ContentTransferEncoded>QUJD</ContentTransferEncoded></Attachment>")
                .replace("<AttachmentEncoded>", "<AttachmentEncoded><Note><Attachment><ContentId>x</ContentId>"
                        + "<ContentTransferEncoded>QUJD</ContentTransferEncoded></Attachment></Note>");
        assertThat(assertSameAsFullRead(sign(unsigned)).attachments()).hasSize(2);
    }

    @Test
    void givenElementInsideBase64_thenCaptureGivesUpAndTheReaderRefuses() throws Exception {
        Path file = write(sign(SamplePackages.document(1, 600).replace(CONTENT, CONTENT + "<b>x</b>")));

        assertThat(capture(file, dir.resolve("c"))).isEmpty();
        assertThat(filesIn(dir.resolve("c"))).isEmpty();
        assertThatThrownBy(() -> reader.read(file, dir.resolve("r"))).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.ATTACHMENT_ENCODING_INVALID));
    }

    @Test
    void givenBadBase64_thenCaptureGivesUpLeavingNothing() throws Exception {
        Path file = write(sign(SamplePackages.document(2, 600).replace(CONTENT, CONTENT + "QU*D")));

        assertThat(capture(file, dir.resolve("c"))).isEmpty();
        assertThat(filesIn(dir.resolve("c"))).isEmpty();
    }

    @Test
    void givenTamperedZipAttachment_thenNothingIsUnzippedBeforeTheVerdictAndNothingIsLeft() throws Exception {
        String zip = Base64.getMimeEncoder().encodeToString(zip("a.txt", "A".repeat(200_000)));
        String signed = sign(SamplePackages.document(1, 10));
        int start = signed.indexOf(CONTENT) + CONTENT.length();
        Path file = write(signed.substring(0, start) + zip + signed.substring(signed.indexOf("</ContentTransferEncoded>")));
        EdxmlPackage header = readHeader(file);
        Path scratch = dir.resolve("t");
        AttachmentCapture capture = new AttachmentCapture(header, reader.limits(), AttachmentSink.directory(scratch));

        var opened = new EdxmlSignatureVerifier().open(file);
        assertThatThrownBy(() -> opened.verifyDigest(VerifyingInspector.listener(capture)))
                .isInstanceOfSatisfying(AxisException.class,
                        e -> assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNATURE_INVALID));
        assertThat(filesIn(scratch)).allMatch(f -> f.getFileName().toString().endsWith(".part"))
                .allMatch(f -> size(f) < size(file));
        capture.giveUp();
        assertThat(filesIn(scratch)).isEmpty();
    }

    private EdxmlPackage assertSameAsFullRead(String signed) throws Exception {
        Path file = write(signed);
        EdxmlPackage full = reader.read(file, dir.resolve("full-" + System.nanoTime()));
        EdxmlPackage captured = capture(file, dir.resolve("pass-" + System.nanoTime())).orElseThrow();
        List<Attachment> expected = full.attachments();
        assertThat(captured.attachments()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Attachment want = expected.get(i);
            Attachment got = captured.attachments().get(i);
            assertThat(got).usingRecursiveComparison().ignoringFields("file").isEqualTo(want);
            assertThat(Files.readAllBytes(got.file())).isEqualTo(Files.readAllBytes(want.file()));
        }
        assertThat(captured.header()).usingRecursiveComparison().isEqualTo(full.header());
        return captured;
    }

    private Optional<EdxmlPackage> capture(Path file, Path scratch) {
        EdxmlPackage header = readHeader(file);
        AttachmentCapture capture = new AttachmentCapture(header, reader.limits(), AttachmentSink.directory(scratch));
        new EdxmlSignatureVerifier().open(file).verifyDigest(VerifyingInspector.listener(capture));
        return capture.result(header);
    }

    private EdxmlPackage readHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.readHeader(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String unsigned) throws Exception {
        return SignedFixtures.sign(dir, unsigned, TestKeys.rsa(2048), EdxmlSigner.Options.defaults());
    }

    private Path write(String xml) throws IOException {
        return SamplePackages.write(dir, "p-" + System.nanoTime() + ".edxml", xml);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
