package vn.lienthong.axis.api.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The SOAP request's XML as CXF's parser reads it, with a ceiling on the bytes read until {@link #lift()}: a
 * read that would pass it returns only what is left, the next one fails with an {@link IOException} whose cause
 * is the XML_LIMIT_EXCEEDED refusal. Not thread-safe (one request's parser reads it).
 */
final class HeaderCeiling extends FilterInputStream {
    private final long limit;
    private long read;
    private boolean lifted;
    private boolean tripped;

    HeaderCeiling(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** From here on every byte passes (the Header has been read). */
    void lift() {
        lifted = true;
    }

    /** True if a read was refused. */
    boolean tripped() {
        return tripped;
    }

    @Override
    public int read() throws IOException {
        left(1);
        int b = super.read();
        read += b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, left(len)));
        read += Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left(n)));
        read += skipped;
        return skipped;
    }

    /** How many of {@code wanted} bytes may be read now; throws once nothing is left before the ceiling. */
    private long left(long wanted) throws IOException {
        if (lifted || wanted <= 0) {
            return wanted;
        }
        if (read >= limit) {
            tripped = true;
            AxisException refusal = new AxisException(AxisErrorCode.XML_LIMIT_EXCEEDED, "the SOAP envelope before"
                    + " its Body (the Header) is over " + limit + " bytes; AxisAuth and WS-Addressing need a few"
                    + " hundred", "Header");
            throw new IOException(refusal.getMessage(), refusal);
        }
        return Math.min(wanted, limit - read);
    }
}
