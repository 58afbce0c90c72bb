package vn.lienthong.axis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Streams request bodies to {@code <data-dir>/spool}, hashing on the way and stopping at the size limit.
 * A body that cannot be read is the client's fault (400); a spool that cannot be written, or a data
 * volume below {@code axis.limits.min-free-bytes}, is the server's (503, retry later). Answers never
 * name a server path.
 */
public class Spool {
    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private final Path dir;
    private final long maxBytes;
    private final long minFreeBytes;

    public Spool(Path dir, long maxBytes, long minFreeBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.minFreeBytes = minFreeBytes;
    }

    public Spool(Path dir, long maxBytes) {
        this(dir, maxBytes, 0);
    }

    public Path dir() { return dir; }

    public long minFreeBytes() { return minFreeBytes; }

    /** Refuses a declared length over the limit before reading anything. */
    public void checkDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge(contentLength + " bytes declared");
        }
    }

    /** Refuses intake (503) while the data volume has less than {@code axis.limits.min-free-bytes} free. */
    public void checkFreeSpace() {
        if (minFreeBytes <= 0) {
            return;
        }
        long free = DataVolume.usableBytes(dir);
        if (free < minFreeBytes) {
            log.warn("Intake refused: {} bytes free on the data volume of {}, below axis.limits.min-free-bytes {}",
                    free, dir, minFreeBytes);
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "the axis is short of disk space and accepts no package for now; retry later", null);
        }
    }

    /** Writes the stream to a new spool file; the caller deletes it when done. */
    public SpooledPackage write(InputStream in) {
        Path file = null;
        OutputStream out = null;
        try {
            try {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir); // asked first: on an existing folder it throws and catches
                }
                file = dir.resolve(UUID.randomUUID() + ".part");
                out = Files.newOutputStream(file);
            } catch (IOException e) {
                throw unwritable(e);
            }
            SpooledPackage spooled = copy(in, out, file);
            close(out);
            return spooled;
        } catch (RuntimeException e) {
            closeQuietly(out);
            delete(file);
            throw e;
        }
    }

    private SpooledPackage copy(InputStream in, OutputStream out, Path file) {
        MessageDigest sha = Checksums.sha256();
        long size = 0;
        byte[] buf = new byte[64 * 1024];
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (IOException e) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST,
                        "the request body could not be read (connection closed or malformed transfer)", "body", e);
            }
            if (n == -1) {
                break;
            }
            size += n;
            if (size > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes sent");
            }
            sha.update(buf, 0, n);
            try {
                out.write(buf, 0, n);
            } catch (IOException e) {
                throw unwritable(e);
            }
        }
        if (size == 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the request body is empty", "body");
        }
        return new SpooledPackage(file, HexFormat.of().formatHex(sha.digest()), size);
    }

    private void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    private static void closeQuietly(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    private AxisException unwritable(IOException e) {
        log.error("Cannot write the intake spool {}: {}", dir, e.toString());
        return new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                "the axis cannot store the package right now; nothing was accepted, retry later", null, e);
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
