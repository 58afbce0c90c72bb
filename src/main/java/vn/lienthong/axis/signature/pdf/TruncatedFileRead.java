package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The first {@code limit} bytes of a file as a PDFBox source, so an earlier revision can be parsed on its
 * own. (PDFBox's own view cannot create sub-views, which its parser needs for object streams.)
 */
final class TruncatedFileRead implements RandomAccessRead {
    private final RandomAccessReadBufferedFile file;
    private final long limit;

    TruncatedFileRead(RandomAccessReadBufferedFile file, long limit) throws IOException {
        if (limit < 0 || limit > file.length()) {
            throw new IOException("revision end " + limit + " is outside the file");
        }
        this.file = file;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        return isEOF() ? -1 : file.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        long left = limit - file.getPosition();
        if (left <= 0) {
            return -1;
        }
        return file.read(b, off, (int) Math.min(len, left));
    }

    @Override
    public long getPosition() throws IOException {
        return file.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        file.seek(Math.min(position, limit));
    }

    @Override
    public long length() {
        return limit;
    }

    @Override
    public boolean isClosed() {
        return file.isClosed();
    }

    @Override
    public boolean isEOF() throws IOException {
        return file.getPosition() >= limit;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        if (startPosition < 0 || startPosition > limit) {
            throw new IOException("view at " + startPosition + " is outside the revision");
        }
        return file.createView(startPosition, Math.min(streamLength, limit - startPosition));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
