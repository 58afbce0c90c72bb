package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The /ByteRange rule: exactly two ranges, the first from offset 0, the gap between them exactly the
 * /Contents hex string of this signature dictionary, and the second ending at the end of a revision
 * ({@code %%EOF}). Defends against universal signature forgery (USF) and signature wrapping (SWA).
 */
final class ByteRangeRule {
    /** Larger /Contents than this is not a CMS signature (LTV-heavy CMS stay well below). */
    static final int MAX_CONTENTS_HEX = 4 * 1024 * 1024;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ByteRangeRule() {
    }

    /** @return the failure in words, or empty when the byte range is well-formed for these contents */
    static Optional<String> check(long[] r, byte[] contents, FileRanges file) throws IOException {
        if (r.length != 4) {
            return Optional.of("/ByteRange must hold exactly 4 integers, found " + r.length);
        }
        if (r[0] != 0) {
            return Optional.of("/ByteRange must start at offset 0, starts at " + r[0]);
        }
        if (r[1] <= 0 || r[2] <= r[1] || r[3] <= 0) {
            return Optional.of("/ByteRange " + Arrays.toString(r) + " is not two ordered, non-empty ranges");
        }
        if (r[3] > file.size() - r[2]) {
            return Optional.of("/ByteRange " + Arrays.toString(r) + " reaches past the end of the file (" + file.size() + ")");
        }
        long revisionEnd = r[2] + r[3];
        long gap = r[2] - r[1];
        if (gap > MAX_CONTENTS_HEX + 2) {
            return Optional.of("the gap between the signed ranges is " + gap + " bytes, too large for /Contents");
        }
        Optional<String> gapFailure = checkGap(file.read(r[1], (int) gap), contents, r[1]);
        if (gapFailure.isPresent()) {
            return gapFailure;
        }
        return endsAtRevisionEnd(file, revisionEnd) ? Optional.empty()
                : Optional.of("the second signed range ends at " + revisionEnd + ", which is not the end of a revision (%%EOF)");
    }

    private static Optional<String> checkGap(byte[] gap, byte[] contents, long at) {
        if (gap.length < 2 || gap[0] != '<' || gap[gap.length - 1] != '>') {
            return Optional.of("the unsigned gap at " + at + " is not a single hex string <...>");
        }
        int digits = gap.length - 2;
        boolean same = digits == 2 * contents.length;
        for (int i = 0; i < digits; i += 2) {
            int high = HexStringParser.nibble(gap[1 + i] & 0xff);
            int low = i + 1 < digits ? HexStringParser.nibble(gap[2 + i] & 0xff) : -1;
            if (high < 0 || low < 0) {
                return Optional.of("the unsigned gap at " + at + " holds more than the /Contents hex string");
            }
            same = same && contents[i / 2] == (byte) (high << 4 | low);
        }
        return same ? Optional.empty()
                : Optional.of("the unsigned gap at " + at + " is not this signature's /Contents");
    }

    /** True when the bytes before {@code end}, ignoring at most two line-end bytes, are {@code %%EOF}. */
    static boolean endsAtRevisionEnd(FileRanges file, long end) throws IOException {
        int window = (int) Math.min(end, EOF_MARKER.length + 2);
        byte[] tail = file.read(end - window, window);
        int last = tail.length;
        for (int i = 0; i < 2 && last > 0 && (tail[last - 1] == '\n' || tail[last - 1] == '\r'); i++) {
            last--;
        }
        return last >= EOF_MARKER.length
                && Arrays.equals(tail, last - EOF_MARKER.length, last, EOF_MARKER, 0, EOF_MARKER.length);
    }
}
