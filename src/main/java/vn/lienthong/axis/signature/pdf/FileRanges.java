package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Reads byte ranges of an open file by position, without loading the file into memory. One instance per
 * verification (not thread-safe): its block buffer is reused by every streaming pass.
 */
final class FileRanges {
    private static final int BUFFER = 64 * 1024;

    private final FileChannel channel;
    private ByteBuffer block;

    FileRanges(FileChannel channel) {
        this.channel = channel;
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Reads exactly {@code length} bytes at {@code position}; the caller bounds the length. */
    byte[] read(long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + buf.position());
            if (n < 0) {
                throw new IOException("unexpected end of file at " + (position + buf.position()));
            }
        }
        return buf.array();
    }

    /** Streams the signed ranges [0, r1) and [r2, r2 + r3) into {@code out}. */
    void writeSignedRanges(long[] range, OutputStream out) throws IOException {
        copy(range[0], range[1], out);
        copy(range[2], range[3], out);
    }

    /** The digest of the signed ranges. */
    byte[] digestSignedRanges(long[] range, MessageDigest md) throws IOException {
        writeSignedRanges(range, new OutputStream() {
            @Override public void write(int b) { md.update((byte) b); }
            @Override public void write(byte[] b, int off, int len) { md.update(b, off, len); }
        });
        return md.digest();
    }

    private ByteBuffer block() {
        if (block == null) {
            block = ByteBuffer.allocate(BUFFER + 64);
        }
        return block;
    }

    private void copy(long position, long length, OutputStream out) throws IOException {
        ByteBuffer buf = block();
        long done = 0;
        while (done < length) {
            buf.clear().limit((int) Math.min(BUFFER, length - done));
            int n = channel.read(buf, position + done);
            if (n < 0) {
                throw new IOException("unexpected end of file at " + (position + done));
            }
            out.write(buf.array(), 0, n);
            done += n;
        }
    }

    /** How often {@code needle} occurs in the whole file, streamed in chunks that overlap by the needle length. */
    long count(byte[] needle) throws IOException {
        if (needle.length > 64) {
            throw new IllegalArgumentException("needle longer than the overlap the block leaves");
        }
        String target = new String(needle, StandardCharsets.ISO_8859_1);
        ByteBuffer buf = block();
        long count = 0;
        long position = 0;
        int carried = 0;
        while (true) {
            buf.clear().position(carried).limit(carried + BUFFER);
            int n = channel.read(buf, position);
            if (n <= 0) {
                return count;
            }
            position += n;
            int filled = carried + n;
            byte[] a = buf.array();
            count += occurrences(a, filled, target);
            carried = Math.min(needle.length - 1, filled);
            System.arraycopy(a, filled - carried, a, 0, carried);
        }
    }

    /** Searches the block as a Latin-1 string: one byte per char, and the JIT's vectorised {@code indexOf}. */
    private static int occurrences(byte[] a, int filled, String target) {
        String block = new String(a, 0, filled, StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int i = block.indexOf(target); i >= 0; i = block.indexOf(target, i + 1)) {
            found++;
        }
        return found;
    }

    /** Offset just past the last byte that is not whitespace or NUL: trailing line ends do not make a revision. */
    long contentEnd() throws IOException {
        long end = channel.size();
        while (end > 0) {
            byte b = read(end - 1, 1)[0];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != 0 && b != '\f') {
                return end;
            }
            end--;
        }
        return 0;
    }
}
