package vn.lienthong.axis.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.axis.AxisApplication;
import vn.lienthong.axis.jobs.JobRunListener;

/**
 * Axis nodes in this JVM on one PostgreSQL schema and one data folder (blobs, spool), each with its
 * own embedded broker and HTTP port; every periodic job run on any node is recorded.
 */
public final class AxisNodes {
    private static final AtomicInteger SERVER_IDS = new AtomicInteger(40);

    /** One run of a job on a node. */
    public record Run(String job, String node, Instant start, Instant end) {}

    public final String jdbcUrl;
    public final Path data;
    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

    /** Nodes on a fresh schema of the test PostgreSQL. */
    public static AxisNodes onFreshSchema(String schemaPrefix, Path data) {
        return new AxisNodes(Postgres.freshSchemaUrl(schemaPrefix), data);
    }

    /** Nodes on the database at {@code jdbcUrl}, sharing the folder {@code data}. */
    public AxisNodes(String jdbcUrl, Path data) {
        this.jdbcUrl = jdbcUrl;
        this.data = data;
    }

    public ConfigurableApplicationContext start(String node, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("axis.data-dir", data.toString());
        p.put("spring.artemis.embedded.data-directory", data.resolve("artemis-" + node).toString());
        p.put("spring.artemis.embedded.server-id", String.valueOf(SERVER_IDS.incrementAndGet()));
        p.put("axis.node-id", node);
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", Postgres.USER);
        p.put("spring.datasource.password", Postgres.PASSWORD);
        p.put("server.port", "0");
        p.putAll(extra);
        return new SpringApplicationBuilder(AxisApplication.class).profiles("test")
                .initializers(c -> c.getBeanFactory().registerSingleton("recordJobRuns",
                        (JobRunListener) (job, n, start, end, failed) -> runs.add(new Run(job, n, start, end))))
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    public List<Run> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    public static int port(ConfigurableApplicationContext c) {
        return Integer.parseInt(c.getEnvironment().getProperty("local.server.port"));
    }

    public List<Run> runsOf(String jobPrefix) {
        synchronized (runs) {
            return runs.stream().filter(r -> r.job().startsWith(jobPrefix))
                    .sorted(java.util.Comparator.comparing(Run::start)).toList();
        }
    }
}
