package vn.lienthong.axis.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Payload files under {@code <data-dir>/blobs/ab/cd/<sha256>}: stored once per content, whatever
 * the number of recipients, and durable (file and directories fsynced) before the ledger commits.
 * With an archive directory, blobs past their retention move there and are still read through
 * {@link #path}; a blob deleted from the archive leaves a {@code <sha256>.deleted} tombstone (ADR 027).
 * A copy is written under {@code .incoming/} first and renamed into place, so a process killed while copying
 * leaves its partial file there, where {@link #removeStaleIncoming} finds it.
 */
public class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TOMBSTONE = ".deleted";
    static final String INCOMING = ".incoming";
    private final Path root;
    private final Path archive;

    public BlobStore(Path root) {
        this(root, null);
    }

    public BlobStore(Path root, Path archive) {
        this.root = root;
        this.archive = archive;
    }

    public Path root() { return root; }

    /**
     * Moves the verified spool file into the store under its hash (or drops it if the content is
     * already there) and returns the blob key. Returns only when the bytes are on disk.
     */
    public String store(Path spoolFile, String sha256) {
        Path target = at(root, sha256);
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(spoolFile);
                return sha256;
            }
            fsync(spoolFile, false);
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent()); // asked first: on an existing folder it throws
            }
            try {
                Files.move(spoolFile, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // a name of its own: two nodes may store the same bytes at once (a DMS retrying on the other node)
                Path tmp = incoming(root, sha256);
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

    /**
     * The file that holds the blob {@code key}: in the store, else in the archive. A blob deleted after its
     * archive period is NOT_FOUND with the deletion time (a retry cannot help).
     */
    public Path path(String key) {
        Path hot = at(root, key);
        if (archive == null || Files.exists(hot)) {
            return hot;
        }
        Path cold = at(archive, key);
        if (Files.exists(cold)) {
            return cold;
        }
        Path tombstone = cold.resolveSibling(key + TOMBSTONE);
        if (Files.exists(tombstone)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "the package bytes were deleted at the end of their"
                    + " archive period (" + read(tombstone) + "); its receipts, ledger events and trace remain", "axisId");
        }
        return hot;
    }

    /** Moves the blob to the archive (idempotent: true when it is there now). */
    public boolean archive(String key) {
        Path hot = at(root, key);
        Path cold = at(requireArchive(), key);
        try {
            if (Files.exists(cold)) {
                Files.deleteIfExists(hot);
                return true;
            }
            if (!Files.exists(hot)) {
                return false;
            }
            Files.createDirectories(cold.getParent());
            Path tmp = incoming(archive, key);
            Files.copy(hot, tmp, StandardCopyOption.REPLACE_EXISTING);
            fsync(tmp, false);
            Files.move(tmp, cold, StandardCopyOption.ATOMIC_MOVE);
            fsync(cold.getParent(), true);
            Files.delete(hot);
            return true;
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "cannot move blob " + key + " to the archive: "
                    + e.getMessage(), null, e);
        }
    }

    /** Deletes the archived blob, leaving a tombstone that says when (idempotent). */
    public void deleteArchived(String key, String when) {
        Path cold = at(requireArchive(), key);
        try {
            Files.createDirectories(cold.getParent());
            Files.writeString(cold.resolveSibling(key + TOMBSTONE), when);
            Files.deleteIfExists(cold);
            Files.deleteIfExists(at(root, key));
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "cannot delete archived blob " + key + ": "
                    + e.getMessage(), null, e);
        }
    }

    /** A fresh name under {@code dir/.incoming}: unique, as two nodes may copy the same bytes at once. */
    private static Path incoming(Path dir, String key) throws IOException {
        return Files.createDirectories(dir.resolve(INCOMING)).resolve(key + "." + UUID.randomUUID() + ".tmp");
    }

    /**
     * Deletes partial copies older than {@code cutoff} from the store's and the archive's {@code .incoming}
     * folders (left by a process killed while copying); returns how many.
     */
    public int removeStaleIncoming(FileTime cutoff) throws IOException {
        int removed = 0;
        for (Path dir : archive == null ? List.of(root) : List.of(root, archive)) {
            Path incoming = dir.resolve(INCOMING);
            if (!Files.isDirectory(incoming)) {
                continue;
            }
            try (Stream<Path> files = Files.list(incoming)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(cutoff) < 0
                            && Files.deleteIfExists(f)) {
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    private Path requireArchive() {
        if (archive == null) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "no archive directory is configured");
        }
        return archive;
    }

    private static Path at(Path dir, String key) {
        if (key == null || !SHA256.matcher(key).matches()) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "not a blob key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            return "time unknown";
        }
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
