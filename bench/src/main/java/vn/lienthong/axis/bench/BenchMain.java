package vn.lienthong.axis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load harness: {@code ./mvnw -Pbench -DskipTests verify} (add {@code -Dbench.quick=true} for the
 * CI smoke run, {@code -Dbench.scenarios=parts,intake} to choose, {@code -Dbench.profile=postgres} for the
 * local PostgreSQL server instead of H2). Writes
 * {@code target/bench/<scenario>.json} and prints one summary line per scenario; exits non-zero when a
 * scenario errors.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        List<String> wanted = Arrays.asList(System.getProperty("bench.scenarios", "all").split(","));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        BenchContext context = new BenchContext(out, quick);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<String> failures = new ArrayList<>();
        Map<String, Object> machine = Machine.describe(out);
        machine.put("database", BenchDatabase.describe());
        System.out.println("bench database: " + machine.get("database"));
        long runStart = System.nanoTime();
        for (Scenario s : Scenarios.all()) {
            if (!wanted.contains("all") && !wanted.contains(s.name())) {
                continue;
            }
            Files.deleteIfExists(out.resolve(s.name() + ".json"));
            try {
                Map<String, Object> figures = new LinkedHashMap<>(s.run(context));
                figures.put("quick", quick);
                json.writeValue(out.resolve(s.name() + ".json").toFile(), figures);
                System.out.println("bench " + s.name() + ": " + s.summary(figures));
            } catch (Exception e) {
                failures.add(s.name() + ": " + e);
                System.out.println("bench " + s.name() + ": FAILED " + e);
                e.printStackTrace(System.out);
            }
        }
        Servers.stopShared();
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        machine.put("quick", quick);
        machine.put("runSeconds", Rate.round((System.nanoTime() - runStart) / 1e9));
        json.writeValue(out.resolve("machine.json").toFile(), machine);
        System.out.println("bench machine: " + machine);
        Files.write(out.resolve("failures.txt"), failures); // kept: the console may be truncated
        if (!failures.isEmpty()) {
            System.out.println("bench: " + failures.size() + " scenario(s) failed");
            System.exit(1);
        }
        System.exit(0);
    }
}
