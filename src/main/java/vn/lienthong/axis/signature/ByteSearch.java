package vn.lienthong.axis.signature;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Byte-level helpers for splicing the Signature in. The search is safe because signing refuses
 * packages with a DTD, comment, CDATA or processing instruction before the end of edXMLHeader:
 * there, {@code </} can only start an end tag.
 */
final class ByteSearch {
    private ByteSearch() {}

    /** Offset of the first {@code endTag} followed by whitespace or {@code >}. */
    static long endTagOffset(Path file, byte[] endTag) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            long pos = 0;
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read(), pos++) {
                if (matched == endTag.length) {
                    if (b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                        return pos - endTag.length;
                    }
                    matched = 0;
                }
                if (b == (endTag[matched] & 0xff)) {
                    matched++;
                } else {
                    matched = b == endTag[0] ? 1 : 0;
                }
            }
        }
        throw new AxisException(AxisErrorCode.NOT_EDXML, "The end tag of edXMLHeader was not found", null);
    }

    /** Copies {@code length} bytes from {@code position} of {@code src} to {@code out}. */
    static void copy(SeekableByteChannel src, OutputStream out, long position, long length) throws IOException {
        src.position(position);
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long left = length;
        while (left > 0) {
            buf.clear().limit((int) Math.min(buf.capacity(), left));
            int n = src.read(buf);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            out.write(buf.array(), 0, n);
            left -= n;
        }
    }
}
