package vn.lienthong.axis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh folders under {@code target/} for tests: each Spring context gets its own data directory. */
public final class TestDirs {
    private TestDirs() {}

    public static Path fresh(String prefix) {
        try {
            Path base = Path.of("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
