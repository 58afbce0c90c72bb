package vn.lienthong.axis.api.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.io.CacheSizeExceededException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The package attachment as the intake reads it: CXF's attachment size cap becomes TOO_LARGE. */
final class AttachmentStream extends FilterInputStream {

    AttachmentStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (CacheSizeExceededException e) {
            throw tooLarge(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (CacheSizeExceededException e) {
            throw tooLarge(e);
        }
    }

    private static AxisException tooLarge(CacheSizeExceededException e) {
        return new AxisException(AxisErrorCode.TOO_LARGE, "the package attachment exceeds the size limit of this axis",
                "package", e);
    }
}
