package vn.lienthong.axis.signature;

import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * An unsynchronized buffer in front of a {@link MessageDigest}, with a bulk writer for canonical
 * text: the canonicalizers write element markup byte by byte, and text (the base64 of attachments,
 * nearly all of a package) goes through {@link #writeText} in one pass per chunk.
 */
final class DigestSink extends OutputStream {
    private static final int SIZE = 64 * 1024;
    private final MessageDigest md;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    private char pendingHigh;

    DigestSink(MessageDigest md) {
        this.md = md;
    }

    @Override
    public void write(int b) {
        closeText();
        put(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        closeText();
        if (len >= SIZE) {
            flush();
            md.update(b, off, len);
            return;
        }
        if (pos + len > SIZE) {
            flush();
        }
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    /**
     * Text inside the document element, as inclusive and exclusive c14n write it: {@code &amp; &lt;
     * &gt; &#xD;} escaped, UTF-8, a surrogate pair split between two chunks joined again, an unpaired
     * surrogate written as {@code ?} (what Santuario writes).
     */
    void writeText(char[] text, int off, int len) {
        int end = off + len;
        int i = off;
        if (pendingHigh != 0 && i < end) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(text[i])) {
                codePoint(Character.toCodePoint(high, text[i++]));
            } else {
                put('?');
            }
        }
        while (i < end) {
            char c = text[i++];
            if (c < 0x80 && c != '&' && c != '<' && c != '>' && c != '\r') {
                if (pos == SIZE) {
                    flush();
                }
                buf[pos++] = (byte) c;
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(text[i])) {
                    codePoint(Character.toCodePoint(c, text[i++]));
                } else {
                    put('?');
                }
            } else {
                special(c);
            }
        }
    }

    @Override
    public void flush() {
        if (pos > 0) {
            md.update(buf, 0, pos);
            pos = 0;
        }
    }

    /** Ends a text run: a high surrogate still waiting for its pair is unpaired. */
    private void closeText() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
    }

    private void special(char c) {
        switch (c) {
            case '&' -> ascii("&amp;");
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '\r' -> ascii("&#xD;");
            default -> codePoint(Character.isLowSurrogate(c) ? '?' : c);
        }
    }

    private void ascii(String s) {
        for (int k = 0; k < s.length(); k++) {
            put(s.charAt(k));
        }
    }

    private void codePoint(int c) {
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xC0 | (c >> 6));
            put(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            put(0xE0 | (c >> 12));
            put(0x80 | ((c >> 6) & 0x3F));
            put(0x80 | (c & 0x3F));
        } else {
            put(0xF0 | (c >> 18));
            put(0x80 | ((c >> 12) & 0x3F));
            put(0x80 | ((c >> 6) & 0x3F));
            put(0x80 | (c & 0x3F));
        }
    }

    private void put(int b) {
        if (pos == SIZE) {
            flush();
        }
        buf[pos++] = (byte) b;
    }
}
