package vn.lienthong.axis.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;

/** Deletes intake spool files older than a day: they belong to requests that never completed. */
@Component
public class SpoolCleanupStep {
    private static final Logger log = LoggerFactory.getLogger(SpoolCleanupStep.class);
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private final Path spoolDir;

    public SpoolCleanupStep(AxisProperties props) {
        this.spoolDir = props.dataDir().resolve("spool");
    }

    /** Returns the number of files removed. */
    public int cleanStaleFiles() throws IOException {
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
