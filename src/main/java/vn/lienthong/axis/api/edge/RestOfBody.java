package vn.lienthong.axis.api.edge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One part of a multipart request body, whose end is reported only once the rest of the body (later
 * parts, epilogue) has been read and dropped through the body guard. Every byte of the request thus
 * counts against the size cap and the deadline before intake accepts the part; left unread, the rest
 * would be drained by Tomcat after the answer, uncounted and at the client's pace.
 */
public final class RestOfBody extends FilterInputStream {
    private final InputStream body;
    private boolean drained;

    private RestOfBody(InputStream part, InputStream body) {
        super(part);
        this.body = body;
    }

    /** {@code part} as read from {@code body} (the request's guarded input stream). */
    public static InputStream readToTheEnd(InputStream part, InputStream body) {
        return new RestOfBody(part, body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b == -1 ? drained() : b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        return n == -1 ? drained() : n;
    }

    private int drained() throws IOException {
        if (!drained) {
            drained = true;
            body.transferTo(OutputStream.nullOutputStream());
        }
        return -1;
    }
}
