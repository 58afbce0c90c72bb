package vn.lienthong.axis.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL the integration tests use: {@code AXIS_TEST_POSTGRES_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/test, user {@code AXIS_TEST_POSTGRES_USER} or postgres).
 * Each test class gets its own schema.
 */
public final class Postgres {
    public static final String URL = env("AXIS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("AXIS_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("AXIS_TEST_POSTGRES_PASSWORD", "");

    private Postgres() {}

    public static boolean reachable() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a fresh schema and returns a JDBC URL whose search path is that schema. */
    public static String freshSchemaUrl(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema in " + URL + ": " + e.getMessage(), e);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
