package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Skips what real traffic puts before the XML prolog: a UTF-8 byte-order mark, whitespace, and a few stray
 * bytes (one VNPT sample starts with "1212"). At most {@link #MAX_SKIPPED} bytes are skipped; a UTF-16 BOM is
 * left for the parser.
 */
final class PrologCleaner {
    static final int MAX_SKIPPED = 1024;

    private PrologCleaner() {}

    /** A stream that starts at the first '<' (or at a UTF-16 byte-order mark). */
    static InputStream clean(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        for (int skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
            int b = p.read();
            if (b < 0) {
                throw new AxisException(AxisErrorCode.MALFORMED_XML, "the body is empty or holds no XML", "edXML");
            }
            if (b == '<') {
                p.unread(b);
                return p;
            }
            if ((b == 0xFE || b == 0xFF) && skipped == 0) {
                int next = p.read();
                if (next == (b == 0xFE ? 0xFF : 0xFE)) {
                    p.unread(next);
                    p.unread(b);
                    return p;
                }
                if (next >= 0) {
                    p.unread(next);
                }
            }
        }
        throw new AxisException(AxisErrorCode.MALFORMED_XML,
                "no '<' within the first " + MAX_SKIPPED + " bytes", "edXML");
    }
}
