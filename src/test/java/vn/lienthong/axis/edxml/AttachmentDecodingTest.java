package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class AttachmentDecodingTest {
    private static final String ROOT = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 1000, 65_537})
    void givenBase64WithLineBreaksFedInRandomChunks_thenBytesAreExact(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        String text = " \r\n" + Base64.getMimeEncoder().encodeToString(data).replace("\r\n", "\n\t ") + "\n ";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64StreamDecoder decoder = new Base64StreamDecoder(out, "f");
        Random chunks = new Random(7);
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; ) {
            int n = Math.min(chars.length - i, 1 + chunks.nextInt(5));
            decoder.write(chars, i, n);
            i += n;
        }
        decoder.finish();

        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 8191, 8192, 8193, 70_000})
    void givenLongChunksWithAndWithoutLineBreaks_thenBytesAreExact(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        String plain = Base64.getEncoder().encodeToString(data);
        for (String text : new String[] {plain, Base64.getMimeEncoder().encodeToString(data), " " + plain,
                plain.replace("=", "") + "\n", plain.substring(0, 3) + " " + plain.substring(3)}) {
            Random chunks = new Random(text.length());
            for (int max : new int[] {7, 4096, text.length() + 1}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Base64StreamDecoder decoder = new Base64StreamDecoder(out, "f");
                char[] chars = text.toCharArray();
                for (int i = 0; i < chars.length; ) {
                    int n = Math.min(chars.length - i, 1 + chunks.nextInt(max));
                    decoder.write(chars, i, n);
                    i += n;
                }
                decoder.finish();

                assertThat(out.toByteArray()).as("size %d, chunks up to %d", size, max).isEqualTo(data);
            }
        }
    }

    @Test
    void givenBase64WithoutPadding_thenDecoded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64StreamDecoder decoder = new Base64StreamDecoder(out, "f");
        decoder.write("QUJD RA".toCharArray(), 0, 7);
        decoder.finish();

        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("ABCD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ=A", "Q===", "QUJDR", "QU*D", "QUJD\u00e9",
            "QUJDQUJDQU*DQUJD", "QUJDQUJDQUJDQUJ\u00e9", "QUJDQUJD=UJDQUJD", "QUJDQQ==QUJDQUJD"})
    void givenInvalidBase64_thenAttachmentEncodingInvalid(String text) {
        Base64StreamDecoder decoder = new Base64StreamDecoder(new ByteArrayOutputStream(), "f");

        assertThatThrownBy(() -> {
            decoder.write(text.toCharArray(), 0, text.length());
            decoder.finish();
        }).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.ATTACHMENT_ENCODING_INVALID));
    }

    @Test
    void givenZipWithSeveralEntries_thenKeptAsItIs() throws Exception {
        byte[] zip = zip("word/document.xml", "a", "[Content_Types].xml", "b");

        Attachment a = readOne(zip);

        assertThat(a.zipEntryName()).isNull();
        assertThat(a.size()).isEqualTo(zip.length);
        assertThat(Files.readAllBytes(a.file())).isEqualTo(zip);
    }

    @Test
    void givenBytesThatOnlyLookLikeAZip_thenKeptAsTheyAre() throws Exception {
        byte[] fake = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        Attachment a = readOne(fake);

        assertThat(a.zipEntryName()).isNull();
        assertThat(Files.readAllBytes(a.file())).isEqualTo(fake);
    }

    @Test
    void givenZipBombOverTheLimit_thenAttachmentTooLargeAndNothingLeft() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            z.putNextEntry(new ZipEntry("bomb.pdf"));
            z.write(new byte[4 * 1024 * 1024]);
            z.closeEntry();
        }
        ReaderLimits limits = ReaderLimits.defaults().withMaxAttachmentBytes(1024 * 1024);

        assertThatThrownBy(() -> new EdxmlReader(limits).read(packageWith(buf.toByteArray(), buf.toByteArray()),
                AttachmentSink.directory(dir))).isInstanceOfSatisfying(AxisException.class,
                        e -> assertThat(e.code()).isEqualTo(AxisErrorCode.ATTACHMENT_TOO_LARGE));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void givenRefusalAfterFirstAttachment_thenWrittenAttachmentsAreDeleted() throws Exception {
        String xml = ROOT + "<AttachmentEncoded><Attachment><ContentTransferEncoded>QUJD</ContentTransferEncoded>"
                + "</Attachment><Attachment><ContentTransferEncoded>!!</ContentTransferEncoded></Attachment>"
                + "</AttachmentEncoded></edXML>";

        assertThatThrownBy(() -> new EdxmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                AttachmentSink.directory(dir))).isInstanceOf(AxisException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private Attachment readOne(byte[] payload) {
        return new EdxmlReader().read(packageWith(payload), AttachmentSink.directory(dir)).attachments().get(0);
    }

    /** A minimal package carrying {@code payloads} as base64 attachments (shared with the limit tests). */
    static ByteArrayInputStream packageWith(byte[]... payloads) {
        StringBuilder xml = new StringBuilder(ROOT + "<edXMLEnvelope><edXMLHeader><MessageHeader/></edXMLHeader>"
                + "</edXMLEnvelope><AttachmentEncoded>");
        for (byte[] p : payloads) {
            xml.append("<Attachment><ContentId>cid:1</ContentId><ContentTransferEncoded>")
                    .append(Base64.getEncoder().encodeToString(p)).append("</ContentTransferEncoded></Attachment>");
        }
        xml.append("</AttachmentEncoded></edXML>");
        return new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return buf.toByteArray();
    }
}
