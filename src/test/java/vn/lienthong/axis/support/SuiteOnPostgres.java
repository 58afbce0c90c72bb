package vn.lienthong.axis.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code AXIS_TEST_DATABASE=postgres ./mvnw verify} runs every in-JVM application context of the suite on the real
 * PostgreSQL instead of the embedded H2: each data directory gets its own schema (the same directory, as in a
 * restart test, finds the same schema again). Contexts that name a PostgreSQL database themselves keep it.
 * Applied to the bound data source properties, after the tests' dynamic properties are in the environment.
 * Every test context on PostgreSQL (this switch or its own) keeps a small pool that idle contexts give back.
 */
public class SuiteOnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String SWITCH = "AXIS_TEST_DATABASE";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean wholeSuite = "postgres".equalsIgnoreCase(System.getenv(SWITCH));
        Environment env = context.getEnvironment();
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (wholeSuite && bean instanceof DataSourceProperties ds && ds.getUrl() != null
                        && ds.getUrl().startsWith("jdbc:h2:")) {
                    String schema = schemaFor(env.getProperty("axis.data-dir", "data"));
                    ds.setUrl(Postgres.URL + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                    ds.setUsername(Postgres.USER);
                    ds.setPassword(Postgres.PASSWORD);
                }
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    // the context cache keeps up to 32 contexts: idle ones give their connections back (PostgreSQL
                    // allows 100; Hikari's default keeps maximum-pool-size connections open for ever)
                    pool.setMinimumIdle(0);
                    pool.setIdleTimeout(10_000);
                }
                return bean;
            }
        });
    }

    private static String schemaFor(String dataDir) {
        String schema = "suite_" + Integer.toUnsignedString(Path.of(dataDir).toAbsolutePath().normalize().hashCode(), 36);
        try (Connection c = DriverManager.getConnection(Postgres.URL, Postgres.USER, Postgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(SWITCH + "=postgres but " + Postgres.URL + " cannot be used: " + e.getMessage(), e);
        }
        return schema;
    }
}
