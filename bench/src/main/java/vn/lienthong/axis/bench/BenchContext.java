package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What every scenario gets: where to write, whether this is the quick (CI) mode, and the durations
 * to use. Quick mode shortens every loop so the whole run stays under two minutes.
 */
public record BenchContext(Path workDir, boolean quick) {

    public Duration measureFor(Duration full) {
        return quick ? Duration.ofSeconds(Math.min(3, full.toSeconds())) : full;
    }

    public int count(int full, int quickCount) {
        return quick ? quickCount : full;
    }
}
