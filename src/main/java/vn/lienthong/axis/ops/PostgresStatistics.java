package vn.lienthong.axis.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.jobs.PeriodicJob;

/**
 * {@code ANALYZE} of the axis's PostgreSQL tables whose rows changed by more than autovacuum's default threshold
 * (50 rows + 10 %) since they were last analysed, every {@code axis.housekeeping.analyze-interval}. Autovacuum
 * does the same when it is on and keeps up; where it is off or behind, the plans PostgreSQL cached for the
 * axis's prepared statements while the tables were empty (sequential scans) stay in use as the ledger grows
 * (docs/benchmarks.md, session 14: intake 102 against 156 packages/s). Only tables of the current schema; a
 * table just analysed by another node or by autovacuum no longer qualifies. Each run (and the start) also reads
 * whether autovacuum is on into {@code axis.postgres.autovacuum} and warns when it is off: ANALYZE is no
 * substitute for it, nothing else reclaims the dead rows that updated copies leave. Does nothing on H2 (the
 * timer stops at its first run).
 */
@Component
public class PostgresStatistics implements DisposableBean {
    static final int NOT_POSTGRES = -1;
    static final String STALE = "select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid"
            + " where s.schemaname = current_schema() and s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)"
            + " order by s.relname";
    private static final Logger log = LoggerFactory.getLogger(PostgresStatistics.class);
    private final DataSource dataSource;
    private final Duration interval;
    private final PeriodicJob job = new PeriodicJob("postgres-statistics", log,
            "ANALYZE of the changed tables failed");
    private final AtomicInteger autovacuum = new AtomicInteger(NOT_POSTGRES);
    private volatile Boolean postgres; // read once

    @Autowired
    public PostgresStatistics(DataSource dataSource, MeterRegistry registry, AxisProperties props) {
        this(dataSource, registry, props.housekeeping().analyzeInterval());
    }

    PostgresStatistics(DataSource dataSource, MeterRegistry registry, Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
        Gauge.builder("axis.postgres.autovacuum", autovacuum, AtomicInteger::get)
                .description("1 when PostgreSQL's autovacuum is on, 0 when off (dead rows are never reclaimed),"
                        + " -1 not PostgreSQL or not read yet").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        try {
            checkAutovacuum();
        } catch (RuntimeException e) {
            log.warn("could not read whether autovacuum is on ({}); the next run reads it", e.toString());
        }
        job.start(interval, interval, this::analyzeAndLog);
    }

    /**
     * Reads whether autovacuum runs (it needs {@code track_counts} as well) into the gauge, and warns when it
     * is found off; returns 1 (on), 0 (off) or -1 (not PostgreSQL).
     */
    public int checkAutovacuum() {
        if (!postgres()) {
            return NOT_POSTGRES;
        }
        boolean on = Boolean.TRUE.equals(new JdbcTemplate(dataSource).queryForObject("select"
                + " current_setting('autovacuum') = 'on' and current_setting('track_counts') = 'on'", Boolean.class));
        int now = on ? 1 : 0;
        if (autovacuum.getAndSet(now) != now && !on) {
            log.warn("PostgreSQL's autovacuum is off (or track_counts is): the dead rows left by updated copies and"
                    + " events are never reclaimed and the tables keep growing; turn it on (docs/operations.md)");
        }
        return now;
    }

    /** Analyses the tables that need it; returns how many, or -1 when the database is not PostgreSQL. */
    public int analyzeStale() {
        if (!postgres()) {
            return NOT_POSTGRES;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList(STALE, String.class);
        for (String table : tables) {
            jdbc.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
        }
        return tables.size();
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known != null) {
            return known;
        }
        try (Connection c = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            return postgres;
        } catch (SQLException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "cannot read the database's product name: " + e.getMessage(), null, e);
        }
    }

    /** One run of the timer; false stops it (not PostgreSQL). */
    private boolean analyzeAndLog() {
        checkAutovacuum();
        int analysed = analyzeStale();
        if (analysed > 0) {
            log.debug("Analysed {} table(s) whose rows changed since their last statistics", analysed);
        }
        return analysed != NOT_POSTGRES;
    }

    @Override
    public void destroy() {
        job.close();
    }
}
