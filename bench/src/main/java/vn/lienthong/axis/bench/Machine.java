package vn.lienthong.axis.bench;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured, read from /proc and the work directory's file store. */
final class Machine {
    private Machine() {}

    static Map<String, Object> describe(Path workDir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        m.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        FileStore store = Files.getFileStore(workDir);
        m.put("disk", store.name() + " (" + store.type() + "), " + store.getTotalSpace() / 1_000_000_000L + " GB, "
                + store.getUsableSpace() / 1_000_000_000L + " GB free");
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
