package vn.lienthong.axis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes this JVM has handed to {@code write(2)} so far ({@code wchar} of {@code /proc/self/io}): a test
 * measures the difference around an action to prove it did not write a large file, without timing.
 * Linux only; {@link #available()} says whether it can be read.
 */
public final class WrittenBytes {
    private static final Path IO = Path.of("/proc/self/io");

    private WrittenBytes() {}

    public static boolean available() {
        return Files.isReadable(IO);
    }

    public static long now() {
        try {
            for (String line : Files.readAllLines(IO)) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
            throw new IllegalStateException("no wchar in " + IO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
