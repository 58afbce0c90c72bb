package vn.lienthong.axis.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Payload files under {@code <data-dir>/blobs/ab/cd/<sha256>}: stored once per content, whatever
 * the number of recipients, and durable (file and directories fsynced) before the ledger commits.
 */
public class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    /**
     * Moves the verified spool file into the store under its hash (or drops it if the content is
     * already there) and returns the blob key. Returns only when the bytes are on disk.
     */
    public String store(Path spoolFile, String sha256) {
        Path target = path(sha256);
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(spoolFile);
                return sha256;
            }
            fsync(spoolFile, false);
            Files.createDirectories(target.getParent());
            try {
                Files.move(spoolFile, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // a name of its own: two nodes may store the same bytes at once (a DMS retrying on the other node)
                Path tmp = target.resolveSibling(sha256 + "." + java.util.UUID.randomUUID() + ".tmp");
                Files.copy(spoolFile, tmp, StandardCopyOption.REPLACE_EXISTING);
                fsync(tmp, false);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(spoolFile);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(spoolFile);
            }
            fsync(target.getParent(), true);
            fsync(target.getParent().getParent(), true);
            fsync(root, true);
            return sha256;
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BlobStore.class).error("Cannot store blob {} under {}: {}", sha256, root,
                    e.toString());
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "the axis cannot store the package right now; nothing was accepted, retry later", null, e);
        }
    }

    /** The file that holds the blob {@code key}. */
    /**
     * The blob's file, found readable now: a store that cannot be read (unmounted, replaced, permissions)
     * is the server's failure, DEPENDENCY_UNAVAILABLE, before anything is recorded or sent.
     */
    public Path readablePath(String key) {
        Path p = path(key);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the package store cannot be read;"
                    + " retry later");
        }
        return p;
    }

    public Path path(String key) {
        if (key == null || !SHA256.matcher(key).matches()) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "not a blob key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    /** Number of stored blobs (for tests and operators). */
    public long count() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> SHA256.matcher(p.getFileName().toString()).matches())
                    .count();
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "cannot list blobs: " + e.getMessage());
        }
    }

    private static void fsync(Path p, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(p, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // Some file systems cannot open directories; the file itself was forced.
        }
    }
}
