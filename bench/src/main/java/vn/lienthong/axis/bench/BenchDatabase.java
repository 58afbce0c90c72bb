package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database a bench axis runs on: {@code -Dbench.profile=h2} (default, the H2 file under the axis's data
 * directory) or {@code -Dbench.profile=postgres} (the local server, {@code -Dbench.postgres.url}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code -Dbench.postgres.user}, default postgres, trust auth).
 * On PostgreSQL every axis start gets a fresh database {@code bench_<scenario>} (dropped first) with the
 * server's own settings: {@code synchronous_commit} stays on.
 */
final class BenchDatabase {
    /** Settings printed with every PostgreSQL run (they decide what the figures mean). */
    static final List<String> SETTINGS = List.of("server_version", "synchronous_commit", "fsync", "full_page_writes",
            "wal_sync_method", "wal_level", "commit_delay", "shared_buffers", "work_mem", "maintenance_work_mem",
            "effective_cache_size", "max_wal_size", "checkpoint_timeout", "max_connections", "random_page_cost",
            "jit", "autovacuum");

    private BenchDatabase() {}

    static boolean postgres() {
        return "postgres".equals(profile());
    }

    static String profile() {
        String p = System.getProperty("bench.profile", "h2");
        if (!p.equals("h2") && !p.equals("postgres")) {
            throw new IllegalArgumentException("-Dbench.profile must be h2 or postgres, not " + p);
        }
        return p;
    }

    private static String serverUrl() {
        String url = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
        return url.endsWith("/") ? url : url + "/";
    }

    static String user() {
        return System.getProperty("bench.postgres.user", "postgres");
    }

    static String databaseName(String scenario) {
        return "bench_" + scenario.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(java.util.Locale.ROOT);
    }

    /** Drops and creates {@code bench_<scenario>}; returns the axis's arguments that point it there. */
    static List<String> freshDatabase(String scenario) throws SQLException {
        String db = databaseName(scenario);
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db + " with (force)");
            s.execute("create database " + db);
        }
        return arguments(scenario);
    }

    /** The axis's arguments for {@code bench_<scenario>} as it is. */
    static List<String> arguments(String scenario) {
        return List.of("--spring.datasource.url=" + url(scenario), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=");
    }

    static String url(String scenario) {
        return serverUrl() + databaseName(scenario);
    }

    /**
     * The axis's migrations on {@code url}, up to {@code target} (null: all): the SQL ones and the Java one the
     * application registers (V13, keyed with the local profile's SAMPLE key; a no-op on an empty table).
     * Returns the versions it applied, in order.
     */
    static List<String> migrate(String url, String user, String target) {
        var config = org.flywaydb.core.Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .javaMigrations(new vn.lienthong.axis.directory.EncryptVxpSecretsMigration(
                        new vn.lienthong.axis.directory.VxpSecretCipher("U0FNUExFLXZ4cC1rZXktTk9ULUZPUi1QUk9EVUNUTiE=")));
        if (target != null) {
            config.target(target);
        }
        return config.load().migrate().migrations.stream().map(applied -> applied.version).toList();
    }

    /** A connection to the axis's database: its H2 file (the axis stopped) or its PostgreSQL database. */
    static Connection connect(String scenario, Path dataDir) throws SQLException {
        if (postgres()) {
            return DriverManager.getConnection(url(scenario), user(), "");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("h2/axis"), "sa", "");
    }

    /** The profile and, on PostgreSQL, the server's settings (for machine.json and the run's output). */
    static Map<String, Object> describe() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", profile());
        if (!postgres()) {
            return m;
        }
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
             Statement s = c.createStatement()) {
            for (String name : SETTINGS) {
                try (ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
                    rs.next();
                    m.put(name, rs.getString(1));
                }
            }
        }
        if (!"on".equals(m.get("synchronous_commit"))) {
            throw new BenchFailure("PostgreSQL runs with synchronous_commit=" + m.get("synchronous_commit")
                    + ": the figures would not be durable commits");
        }
        return m;
    }
}
