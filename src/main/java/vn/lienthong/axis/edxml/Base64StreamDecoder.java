package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Decodes base64 text fed in arbitrary chunks (chunk boundaries anywhere, whitespace and line breaks anywhere)
 * and writes the bytes to {@code out}. Accepts a missing final padding; refuses anything else that is not base64.
 */
final class Base64StreamDecoder {
    private static final int[] VALUE = new int[128];

    static {
        Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
    }

    private final OutputStream out;
    private final String field;
    private final byte[] buffer = new byte[8192];
    private int buffered;
    private int quad;
    private int quadChars;
    private int padding;

    Base64StreamDecoder(OutputStream out, String field) {
        this.out = out;
        this.field = field;
    }

    void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (quadChars == 0 && padding == 0) {
                i = decodeQuads(chars, i, end);
                if (i == end) {
                    return;
                }
            }
            accept(chars[i++]);
        }
    }

    /**
     * The fast path: whole groups of four alphabet characters (and whitespace between groups), decoded with the
     * state in locals. Stops at a group holding anything else (whitespace inside it, padding, an invalid character)
     * or cut by the chunk's end, which {@link #accept} then takes.
     */
    private int decodeQuads(char[] chars, int start, int end) throws IOException {
        byte[] buf = buffer;
        int n = buffered;
        int i = start;
        while (i < end) {
            if (isSpace(chars[i])) {
                i++;
                continue;
            }
            if (i + 4 > end) {
                break;
            }
            int v = value(chars[i]) << 18 | value(chars[i + 1]) << 12 | value(chars[i + 2]) << 6 | value(chars[i + 3]);
            if (v < 0) {
                break;
            }
            if (n > buf.length - 3) {
                out.write(buf, 0, n);
                n = 0;
            }
            buf[n] = (byte) (v >> 16);
            buf[n + 1] = (byte) (v >> 8);
            buf[n + 2] = (byte) v;
            n += 3;
            i += 4;
        }
        buffered = n;
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** The character's six bits, or a negative number (all high bits set) for anything outside the alphabet. */
    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    private void accept(char c) throws IOException {
        if (isSpace(c)) {
            return;
        }
        if (c == '=') {
            if (quadChars + padding < 2 || quadChars + padding >= 4) {
                throw invalid("misplaced '=' padding");
            }
            padding++;
            return;
        }
        int v = value(c);
        if (v < 0) {
            throw invalid("character U+" + String.format("%04X", (int) c) + " is not base64");
        }
        if (padding > 0) {
            throw invalid("data after '=' padding");
        }
        quad = (quad << 6) | v;
        if (++quadChars == 4) {
            emit(quad >> 16, quad >> 8, quad);
            quad = 0;
            quadChars = 0;
        }
    }

    /** Flushes the last group; the base64 text is complete. */
    void finish() throws IOException {
        if (quadChars == 1) {
            throw invalid("truncated base64 group");
        }
        if (quadChars == 2) {
            emit1(quad >> 4);
        } else if (quadChars == 3) {
            emit1(quad >> 10);
            emit1(quad >> 2);
        } else if (padding > 0) {
            throw invalid("misplaced '=' padding");
        }
        quadChars = 0;
        out.write(buffer, 0, buffered);
        buffered = 0;
        out.flush();
    }

    private void emit(int a, int b, int c) throws IOException {
        emit1(a);
        emit1(b);
        emit1(c);
    }

    private void emit1(int b) throws IOException {
        if (buffered == buffer.length) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
        buffer[buffered++] = (byte) b;
    }

    private AxisException invalid(String detail) {
        return new AxisException(AxisErrorCode.ATTACHMENT_ENCODING_INVALID, detail, field);
    }
}
