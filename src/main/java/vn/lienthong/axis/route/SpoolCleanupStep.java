package vn.lienthong.axis.route;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.jobs.SingletonJobs;

/**
 * Deletes intake spool files older than a day: they belong to requests that never completed. Nodes
 * sharing a spool folder take turns through one lock per folder (named after its path).
 */
@Component
public class SpoolCleanupStep {
    private static final Logger log = LoggerFactory.getLogger(SpoolCleanupStep.class);
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private final Path spoolDir;
    private final SingletonJobs jobs;
    private final String lockName;
    private final Duration period;

    public SpoolCleanupStep(AxisProperties props, SingletonJobs jobs,
                            @Value("${axis.housekeeping.period:3600000}") long periodMillis) {
        this.spoolDir = props.dataDir().resolve("spool");
        this.jobs = jobs;
        this.period = Duration.ofMillis(periodMillis);
        String path = spoolDir.toAbsolutePath().normalize().toString();
        this.lockName = SingletonJobs.SPOOL_CLEANUP + "-" + Integer.toHexString(path.hashCode());
    }

    /** Returns the number of files removed (0 when another node is cleaning this folder). */
    public int cleanStaleFiles() {
        return jobs.runOnce(lockName, period, () -> {
            try {
                return clean();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 0);
    }

    private int clean() throws IOException {
        if (!Files.isDirectory(spoolDir)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(MAX_AGE));
        int removed = 0;
        try (Stream<Path> files = Files.list(spoolDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} stale spool files from {}", removed, spoolDir);
        }
        return removed;
    }
}
