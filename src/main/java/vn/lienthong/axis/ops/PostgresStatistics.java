package vn.lienthong.axis.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
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
 * table just analysed by another node or by autovacuum no longer qualifies. Does nothing on H2 (the timer
 * stops at its first run).
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
    private volatile Boolean postgres; // read once

    @Autowired
    public PostgresStatistics(DataSource dataSource, AxisProperties props) {
        this(dataSource, props.housekeeping().analyzeInterval());
    }

    PostgresStatistics(DataSource dataSource, Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(interval, interval, this::analyzeAndLog);
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
