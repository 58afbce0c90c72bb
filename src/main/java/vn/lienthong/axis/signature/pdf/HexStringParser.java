package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser with a bulk reader for hex strings. A signature's /Contents is a hex string of tens of
 * kilobytes that PDFBox reads one character at a time through a string builder (a fifth of a signed
 * attachment's verification); here a hex string made of hex digits only is read in blocks and decoded in
 * one pass. Anything else (white space inside, an invalid character, a missing {@code >}) goes back to
 * PDFBox's own reading from the same position, so every string parses to exactly the bytes PDFBox gives.
 */
final class HexStringParser extends PDFParser {
    private static final int FIRST_BLOCK = 256;
    private static final int MAX_BLOCK = 64 * 1024;
    private static final byte[] NIBBLE = new byte[256];

    static {
        java.util.Arrays.fill(NIBBLE, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            NIBBLE[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            NIBBLE[c] = (byte) (c - 'a' + 10);
            NIBBLE[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
    }

    private HexStringParser(RandomAccessRead source) throws IOException {
        super(source, "", (InputStream) null, null, IOUtils.createMemoryOnlyStreamCache());
    }

    /** Loads a document as {@code Loader.loadPDF(source)} does (lenient, no password, memory stream cache). */
    static PDDocument load(RandomAccessRead source) throws IOException {
        return new HexStringParser(source).parse();
    }

    /** The value of a hex digit, or -1. */
    static int nibble(int c) {
        return c < 0 || c > 255 ? -1 : NIBBLE[c];
    }

    @Override
    protected COSString parseCOSString() throws IOException {
        long start = source.getPosition();
        if (source.peek() == '<') {
            byte[] decoded = readPlainHex(start + 1);
            if (decoded != null) {
                return new COSString(decoded, true);
            }
            source.seek(start);
        }
        return super.parseCOSString();
    }

    /**
     * Reads {@code hexdigits>} from {@code from} in blocks (growing from a small one: most hex strings are
     * short); the decoded bytes with the source just past the {@code >}, or null when the string holds
     * anything but an even number of hex digits.
     */
    private byte[] readPlainHex(long from) throws IOException {
        source.seek(from);
        byte[] block = new byte[FIRST_BLOCK];
        byte[] out = new byte[FIRST_BLOCK / 2];
        int size = 0;
        int high = -1;
        long position = from;
        while (true) {
            int n = source.read(block, 0, block.length);
            if (n <= 0) {
                return null;
            }
            if (out.length - size < n / 2 + 1) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + n / 2 + 1));
            }
            for (int i = 0; i < n; i++) {
                int v = NIBBLE[block[i] & 0xff];
                if (v >= 0) {
                    if (high < 0) {
                        high = v;
                    } else {
                        out[size++] = (byte) (high << 4 | v);
                        high = -1;
                    }
                } else if (block[i] == '>' && high < 0) {
                    source.seek(position + i + 1);
                    return java.util.Arrays.copyOf(out, size);
                } else {
                    return null;
                }
            }
            position += n;
            if (block.length < MAX_BLOCK) {
                block = new byte[block.length * 4];
            }
        }
    }
}
