package vn.lienthong.axis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU clock ticks of every process named {@code postgres} on this machine (all databases of the server). */
final class PostgresCpu {
    private PostgresCpu() {}

    /** The sum of utime + stime of the PostgreSQL processes now; -1 when /proc cannot be listed. */
    static long ticks() {
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && "postgres".equals(comm(p))) {
                    sum += Math.max(0, ServerMetrics.cpuTicks(Long.parseLong(name)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
