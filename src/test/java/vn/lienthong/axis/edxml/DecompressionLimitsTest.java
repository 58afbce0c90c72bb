package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.support.WrittenBytes;

/** Issue 10 §2: a small package must not be able to write a large amount to disk while being decoded. */
class DecompressionLimitsTest {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void givenZipAttachmentInflatingTo150MiB_thenZipRatioExceededWithoutWritingTheInflatedBytes() throws Exception {
        assumeTrue(WrittenBytes.available());
        byte[] bomb = zipOfZeros(150 * MIB);
        assertThat(bomb.length).isLessThan(300 * 1024);
        ByteArrayInputStream pkg = AttachmentDecodingTest.packageWith(bomb);

        long before = WrittenBytes.now();
        assertThatThrownBy(() -> new EdxmlReader().read(pkg, AttachmentSink.directory(dir)))
                .isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.ZIP_RATIO_EXCEEDED);
                    assertThat(e.field()).contains("ContentTransferEncoded");
                });
        long written = WrittenBytes.now() - before;

        assertThat(written).as("bytes written while refusing").isLessThan(4 * MIB);
        assertThat(leftovers()).isZero();
    }

    @Test
    void givenZipThatUnderstatesItsSize_thenTheRatioIsJudgedWhileInflating() throws Exception {
        assumeTrue(WrittenBytes.available());
        byte[] bomb = understateSize(zipOfZeros(64 * MIB), 1000);
        ByteArrayInputStream pkg = AttachmentDecodingTest.packageWith(bomb);

        long before = WrittenBytes.now();
        assertThatThrownBy(() -> new EdxmlReader().read(pkg, AttachmentSink.directory(dir)))
                .isInstanceOfSatisfying(AxisException.class,
                        e -> assertThat(e.code()).isEqualTo(AxisErrorCode.ZIP_RATIO_EXCEEDED));
        long written = WrittenBytes.now() - before;

        // at most ratio 100 × the compressed size (~64 KiB) is inflated before the refusal, not 64 MiB
        assertThat(written).as("bytes written while refusing").isLessThan(16 * MIB);
        assertThat(leftovers()).isZero();
    }

    @Test
    void givenAttachmentsDecodingPastThePackageBudget_thenDecodedTooLargeAndNothingLeft() throws Exception {
        byte[] part = new byte[400 * 1024];
        new Random(1).nextBytes(part);
        ReaderLimits limits = ReaderLimits.defaults().withDecoding(MIB, 100);

        assertThatThrownBy(() -> new EdxmlReader(limits).read(AttachmentDecodingTest.packageWith(part, part, part),
                AttachmentSink.directory(dir))).isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.DECODED_TOO_LARGE);
                    assertThat(e.detail()).contains("axis.limits.max-decoded-bytes");
                });
        assertThat(leftovers()).isZero();
    }

    @Test
    void givenSmallCompressibleZip_thenUnwrappedWhateverItsRatio() throws Exception {
        byte[] zip = zipOfZeros(512 * 1024);

        Attachment a = new EdxmlReader().read(AttachmentDecodingTest.packageWith(zip), AttachmentSink.directory(dir)).attachments().get(0);

        assertThat(a.size()).isEqualTo(512 * 1024);
        assertThat(a.zipEntryName()).isEqualTo("zeros.bin");
    }

    @Test
    void givenHeaderOnlyRead_thenAttachmentFieldsKnownAndNothingWritten() throws Exception {
        EdxmlPackage pkg = new EdxmlReader().readHeader(AttachmentDecodingTest.packageWith(zipOfZeros(8 * MIB), "QUJD".getBytes()));

        assertThat(pkg.attachments()).hasSize(2).allSatisfy(a -> {
            assertThat(a.contentId()).isEqualTo("1");
            assertThat(a.file()).isNull();
        });
        assertThat(leftovers()).isZero();
    }

    private long leftovers() throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static byte[] zipOfZeros(long size) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            z.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] block = new byte[(int) MIB];
            for (long left = size; left > 0; left -= block.length) {
                z.write(block, 0, (int) Math.min(block.length, left));
            }
            z.closeEntry();
        }
        return buf.toByteArray();
    }

    /** Rewrites the uncompressed size in the central directory (what {@code ZipFile} reads) to a lie. */
    static byte[] understateSize(byte[] zip, int size) {
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                ByteBuffer.wrap(zip, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(size);
                return zip;
            }
        }
        throw new IllegalStateException("no central directory entry");
    }

}
