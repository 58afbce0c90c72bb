package vn.lienthong.axis.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not do: declare a length and send
 * only part of the body, or trickle it. The connection stays open until {@link #close()}.
 */
public final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    public RawHttp(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request line and headers (CRLF-separated, without the blank line), then the blank line. */
    public RawHttp head(String requestLineAndHeaders) {
        return send((requestLineAndHeaders.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttp send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whatever the server answered before it closed the connection or went quiet for {@code quietMillis}
     * after answering; empty if it closed (or reset) without an answer.
     */
    public String answer(int quietMillis) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) != -1; ) {
                got.write(buf, 0, n);
                if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
                socket.setSoTimeout(quietMillis);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // quiet after a partial answer, or reset: return what arrived
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /** True once the server has closed its side (reads end or the connection is reset). */
    public boolean closedByServer() {
        try {
            socket.setSoTimeout(30_000);
            return in.read() == -1;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * True if the server closes its side (or resets) within {@code millis}; false if the connection is
     * still open then. Bytes the server sends meanwhile are skipped.
     */
    public boolean closedWithin(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        try {
            for (long left; (left = (deadline - System.nanoTime()) / 1_000_000) > 0; ) {
                socket.setSoTimeout((int) left);
                if (in.read() == -1) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A whole answer: headers and as many body bytes as Content-Length says. */
    private static boolean complete(String s) {
        int end = s.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String headers = s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = headers.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int eol = headers.indexOf("\r\n", at);
        long length = Long.parseLong(headers.substring(at + 15, eol < 0 ? headers.length() : eol).trim());
        return s.getBytes(StandardCharsets.ISO_8859_1).length - end - 4 >= length;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test socket
        }
    }
}
