package vn.lienthong.axis.api.vxp;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * An upload checked against the signed {@code hash-file} while it streams. The SDK appends CRLF
 * after the file; the last two bytes are held back and dropped only when they are CRLF and the bytes
 * before them hash to {@code hash-file}; otherwise the whole body must. At the end of a body that
 * matches neither, reading fails with CONTENT_HASH_MISMATCH, so the intake keeps nothing.
 */
final class HashCheckedBody extends InputStream {
    private static final int HOLD = 2;
    private final InputStream in;
    private final String declared;
    private final MessageDigest digest;
    private final byte[] held = new byte[HOLD];
    private int heldCount;
    private boolean finished;
    private int tailPos;
    private byte[] chunk = new byte[0];

    HashCheckedBody(InputStream in, String declaredSha256Hex) {
        this.in = in;
        this.declared = declaredSha256Hex.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!finished) {
            if (chunk.length < len) {
                chunk = new byte[Math.min(len, 1 << 20)];
            }
            int n = in.read(chunk, 0, Math.min(chunk.length, len));
            if (n != -1) {
                return pass(buf, off, len, n);
            }
            finish();
        }
        if (tailPos >= heldCount) {
            return -1;
        }
        buf[off] = held[tailPos++];
        return 1;
    }

    private int pass(byte[] buf, int off, int len, int n) throws IOException {
        // Emit the held bytes plus the new ones, keeping the last two back.
        int total = heldCount + n;
        int emit = Math.max(0, total - HOLD);
        byte[] all = new byte[total];
        System.arraycopy(held, 0, all, 0, heldCount);
        System.arraycopy(chunk, 0, all, heldCount, n);
        if (emit > len) {
            // cannot happen: n <= len and heldCount <= HOLD
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "hash-checked body: buffer overrun");
        }
        System.arraycopy(all, 0, buf, off, emit);
        digest.update(all, 0, emit);
        heldCount = total - emit;
        System.arraycopy(all, emit, held, 0, heldCount);
        return emit == 0 ? read(buf, off, len) : emit;
    }

    /** Decides whether the held bytes belong to the file; they are then read one at a time. */
    private void finish() {
        finished = true;
        boolean crlf = heldCount == HOLD && held[0] == '\r' && held[1] == '\n';
        if (crlf && matches(copyOfDigest())) {
            heldCount = 0;
            return;
        }
        digest.update(held, 0, heldCount);
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(declared)) {
            throw new AxisException(AxisErrorCode.CONTENT_HASH_MISMATCH, "XroadVnpt-hash-file " + declared
                    + " is neither the SHA-256 of the body (" + actual + ") nor of the body without its trailing CRLF",
                    "XroadVnpt-hash-file");
        }
    }

    private MessageDigest copyOfDigest() {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 cannot be cloned", null, e);
        }
    }

    private boolean matches(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest()).equals(declared);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
