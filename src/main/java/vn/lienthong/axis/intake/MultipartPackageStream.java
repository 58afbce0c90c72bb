package vn.lienthong.axis.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Streams the body of the {@code package} part of a {@code multipart/form-data} request without
 * buffering it (the servlet container's multipart support is off: it would buffer whole parts).
 * Part headers are limited to {@value #MAX_HEADER_BYTES} bytes.
 */
public final class MultipartPackageStream extends InputStream {
    static final int MAX_HEADER_BYTES = 8192;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]{1,70})\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*;\\s*name=\"?([^\";\\r\\n]+)\"?");
    private static final Pattern FILENAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*;\\s*filename\\*?=");
    private final BufferedInputStream in;
    private final byte[] delimiter;
    private boolean ended;

    private MultipartPackageStream(InputStream body, String boundary) {
        // A virtual CRLF in front makes the first delimiter look like every other one.
        this.in = new BufferedInputStream(new SequenceInputStream(
                new java.io.ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)), body), 64 * 1024);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    /** Positions at the {@code package} part and returns its content as a stream. */
    public static InputStream open(InputStream body, String contentType) {
        return open(body, contentType, "package", false);
    }

    /**
     * Positions at the first part named {@code partName} or, when {@code orAnyFile}, the first part
     * that carries a file name, whichever comes first (the national axis SDK's {@code file_doc}).
     */
    public static InputStream open(InputStream body, String contentType, String partName, boolean orAnyFile) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw bad("multipart request without a boundary");
        }
        MultipartPackageStream s = new MultipartPackageStream(body, m.group(1));
        try {
            s.skipPart();
            while (true) {
                if (s.lastDelimiter()) {
                    throw bad("the multipart request has no part named \"" + partName + "\""
                            + (orAnyFile ? " and no file part" : ""));
                }
                String headers = s.readHeaders();
                Matcher name = NAME.matcher(headers);
                s.ended = false;
                if ((name.find() && name.group(1).trim().equals(partName))
                        || (orAnyFile && FILENAME.matcher(headers).find())) {
                    return s;
                }
                s.skipPart();
            }
        } catch (IOException e) {
            throw bad("the multipart request could not be read: " + e.getMessage());
        }
    }

    @Override
    public int read() throws IOException {
        if (ended) {
            return -1;
        }
        in.mark(delimiter.length);
        int b = in.read();
        if (b == -1) {
            throw bad("the multipart request ends inside a part");
        }
        if (b == delimiter[0]) {
            int i = 1;
            while (i < delimiter.length && in.read() == delimiter[i]) {
                i++;
            }
            if (i == delimiter.length) {
                ended = true;
                return -1;
            }
            in.reset();
            in.read();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int b = read();
            if (b == -1) {
                return n == 0 ? -1 : n;
            }
            buf[off + n++] = (byte) b;
        }
        return n;
    }

    private void skipPart() throws IOException {
        while (read() != -1) {
            // discard
        }
    }

    /** After a delimiter: "--" ends the request, CRLF starts another part. */
    private boolean lastDelimiter() throws IOException {
        int a = in.read();
        int b = in.read();
        if (a == '-' && b == '-') {
            return true;
        }
        if (a == '\r' && b == '\n') {
            return false;
        }
        throw bad("malformed multipart delimiter");
    }

    private String readHeaders() throws IOException {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c == -1 || h.size() > MAX_HEADER_BYTES) {
                throw bad("multipart part headers are missing or longer than " + MAX_HEADER_BYTES + " bytes");
            }
            h.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
                    : c == '\r' ? 1 : 0;
        }
        return h.toString(StandardCharsets.UTF_8);
    }

    private static AxisException bad(String detail) {
        return new AxisException(AxisErrorCode.BAD_REQUEST, detail, "package");
    }
}
