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
        for (int i = offset; i < offset + length; i++) {
            accept(chars[i]);
        }
    }

    private void accept(char c) throws IOException {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return;
        }
        if (c == '=') {
            if (quadChars + padding < 2 || quadChars + padding >= 4) {
                throw invalid("misplaced '=' padding");
            }
            padding++;
            return;
        }
        int v = c < 128 ? VALUE[c] : -1;
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
