package vn.lienthong.axis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Streams request bodies to {@code <data-dir>/spool}, hashing on the way and stopping at the size limit. */
public class Spool {
    private final Path dir;
    private final long maxBytes;

    public Spool(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** Refuses a declared length over the limit before reading anything. */
    public void checkDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge(contentLength + " bytes declared");
        }
    }

    /** Writes the stream to a new spool file; the caller deletes it when done. */
    public SpooledPackage write(InputStream in) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            file = dir.resolve(UUID.randomUUID() + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buf = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buf)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge("more than " + maxBytes + " bytes sent");
                    }
                    sha.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the request body is empty", "body");
            }
            return new SpooledPackage(file, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            delete(file);
            if (e instanceof AxisException ax) {
                throw ax;
            }
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the request body could not be read: " + e.getMessage(),
                    "body", e);
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the housekeeping route removes stale spool files
            }
        }
    }

    private AxisException tooLarge(String what) {
        return new AxisException(AxisErrorCode.TOO_LARGE,
                what + "; the limit is " + maxBytes + " bytes (axis.limits.max-package-bytes)", "body");
    }
}
