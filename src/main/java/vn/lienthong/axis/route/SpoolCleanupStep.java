package vn.lienthong.axis.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.VerifyingInspector;
import vn.lienthong.axis.jobs.SingletonJobs;
import vn.lienthong.axis.ledger.BlobStore;

/**
 * Deletes intake spool files, their attachment scratch files (and the scratch folders, {@code *.attachments}, of
 * earlier versions) older than a day, and the blob store's partial copies as old: they belong to requests that
 * never completed (a crash, a killed process). Nodes sharing a spool folder take turns through one lock per folder
 * (named after its path).
 */
@Component
public class SpoolCleanupStep {
    private static final Logger log = LoggerFactory.getLogger(SpoolCleanupStep.class);
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private final Path spoolDir;
    private final Clock clock;
    private final SingletonJobs jobs;
    private final String lockName;
    private final Duration period;
    private final BlobStore blobs;

    @Autowired
    public SpoolCleanupStep(AxisProperties props, SingletonJobs jobs, BlobStore blobs) {
        this(props.dataDir().resolve("spool"), Clock.systemUTC(), jobs, props.housekeeping().period(), blobs);
    }

    /**
     * @param clock "now" for the age rule (tests move it forward instead of ageing files)
     * @param blobs the store whose partial copies are cleaned too, or null
     */
    SpoolCleanupStep(Path spoolDir, Clock clock, SingletonJobs jobs, Duration period, BlobStore blobs) {
        this.spoolDir = spoolDir;
        this.blobs = blobs;
        this.clock = clock;
        this.jobs = jobs;
        this.period = period;
        String path = spoolDir.toAbsolutePath().normalize().toString();
        this.lockName = SingletonJobs.SPOOL_CLEANUP + "-" + Integer.toHexString(path.hashCode());
    }

    /** Returns the number of files and scratch folders removed (0 when another node is cleaning this folder). */
    public int cleanStaleFiles() {
        return jobs.runOnce(lockName, period, () -> {
            try {
                return removeStale();
            } catch (IOException e) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the intake spool cannot be cleaned: "
                        + e.getMessage(), null, e);
            }
        }, 0);
    }

    /** The cleaning itself, without the lock. */
    int removeStale() throws IOException {
        FileTime cutoff = FileTime.from(clock.instant().minus(MAX_AGE));
        int removed = blobs == null ? 0 : blobs.removeStaleIncoming(cutoff);
        if (!Files.isDirectory(spoolDir)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(spoolDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (removeIfStale(f, cutoff)) {
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} stale spool files, scratch folders and partial blob copies ({})", removed, spoolDir);
        }
        return removed;
    }

    /**
     * Deletes a spool file or scratch folder older than the cutoff. One that intake moved or deleted since the
     * folder was listed (it finished the package meanwhile) is skipped, not an error.
     */
    static boolean removeIfStale(Path f, FileTime cutoff) throws IOException {
        try {
            if (Files.getLastModifiedTime(f).compareTo(cutoff) >= 0) {
                return false;
            }
            if (Files.isRegularFile(f)) {
                return Files.deleteIfExists(f);
            }
            if (Files.isDirectory(f) && f.getFileName().toString().endsWith(VerifyingInspector.SCRATCH_SUFFIX)) {
                deleteTree(f);
                return true;
            }
            return false;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
