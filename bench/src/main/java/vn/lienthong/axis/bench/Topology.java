package vn.lienthong.axis.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The axis a scenario drives: its nodes (one for the single embedded axis, two for {@code bin/local-cluster}) and
 * the CPU spent by the processes that serve them, which says what limits a figure.
 */
interface Topology extends AutoCloseable {
    List<AxisTarget> nodes();

    /** CPU clock ticks used so far by each serving process, by name (negative when unknown). */
    Map<String, Long> cpuTicks() throws IOException;

    /** Cores used by each process between two {@link #cpuTicks()} readings {@code nanos} apart. */
    static Map<String, Object> cores(Map<String, Long> before, Map<String, Long> after, long nanos) {
        Map<String, Object> cores = new LinkedHashMap<>();
        after.forEach((name, ticks) -> {
            long start = before.getOrDefault(name, -1L);
            if (ticks >= 0 && start >= 0) {
                cores.put(name, Rate.round((ticks - start) / ServerMetrics.TICKS_PER_SECOND / (nanos / 1e9)));
            }
        });
        return cores;
    }
}
