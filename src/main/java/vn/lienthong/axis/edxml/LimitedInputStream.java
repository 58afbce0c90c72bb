package vn.lienthong.axis.edxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once more than {@code max} were read; remembers that it did so, because the
 * XML parser wraps the exception it sees.
 */
final class LimitedInputStream extends FilterInputStream {
    /** Thrown when the input is longer than allowed. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("input exceeds " + max + " bytes");
        }
    }

    private final long max;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > max) {
            exceeded = true;
            throw new TooLargeException(max);
        }
    }
}
