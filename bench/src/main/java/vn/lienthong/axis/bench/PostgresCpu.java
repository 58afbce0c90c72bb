package vn.lienthong.axis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** CPU clock ticks of the processes named {@code postgres} on this machine (all databases of the server). */
final class PostgresCpu {
    private PostgresCpu() {}

    /** The sum of utime + stime of the PostgreSQL processes now; -1 when /proc cannot be listed. */
    static long ticks() {
        Map<Long, Long> byPid = ticksByPid();
        return byPid == null ? -1 : byPid.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Cores used between two {@link #ticksByPid()} readings {@code nanos} apart by the processes alive at the
     * second (a backend that exited meanwhile is not counted; one that started is counted whole); -1 if unknown.
     */
    static double cores(Map<Long, Long> before, Map<Long, Long> after, long nanos) {
        if (before == null || after == null || nanos <= 0) {
            return -1;
        }
        long ticks = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ticks += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return ticks / ServerMetrics.TICKS_PER_SECOND / (nanos / 1e9);
    }

    /** utime + stime of each PostgreSQL process by pid, now; null when /proc cannot be listed. */
    static Map<Long, Long> ticksByPid() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && "postgres".equals(comm(p))) {
                    long pid = Long.parseLong(name);
                    ticks.put(pid, Math.max(0, ServerMetrics.cpuTicks(pid)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return ticks;
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
