package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting and digesting by position with one reused block buffer. */
class FileRangesTest {
    private static final byte[] NEEDLE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void givenNeedlesAtTheStartAcrossBlockEdgesAndAtTheEnd_thenEveryOneCounted() throws Exception {
        byte[] file = new byte[200_000];
        Arrays.fill(file, (byte) '/');
        int[] at = {0, 65_536 - 4, 65_536 + 65_536 - 1, 150_000, file.length - NEEDLE.length};
        for (int p : at) {
            System.arraycopy(NEEDLE, 0, file, p, NEEDLE.length);
        }
        Path f = Files.write(dir.resolve("needles.bin"), file);

        try (FileChannel ch = FileChannel.open(f)) {
            FileRanges ranges = new FileRanges(ch);
            assertThat(ranges.count(NEEDLE)).isEqualTo(at.length);
            assertThat(ranges.count(NEEDLE)).as("the reused buffer starts clean").isEqualTo(at.length);
        }
    }

    @Test
    void givenTwoRanges_thenDigestOfExactlyThoseBytesAfterACount() throws Exception {
        byte[] file = new byte[150_000];
        new java.util.Random(3).nextBytes(file);
        Path f = Files.write(dir.resolve("ranges.bin"), file);
        long[] range = {0, 70_000, 80_000, 70_000};

        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(file, 0, 70_000);
        expected.update(file, 80_000, 70_000);
        try (FileChannel ch = FileChannel.open(f)) {
            FileRanges ranges = new FileRanges(ch);
            ranges.count(NEEDLE);
            assertThat(ranges.digestSignedRanges(range, MessageDigest.getInstance("SHA-256")))
                    .isEqualTo(expected.digest());
        }
    }
}
