package vn.lienthong.axis.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.jobs.PeriodicJob;

/**
 * The chunk compaction H2 runs only in its background writer, which does not exist with {@code WRITE_DELAY=0}
 * (every commit written at once, ADR 039): without it the embedded file keeps every half-superseded chunk and
 * grows several times faster than its live data. Every {@code axis.housekeeping.h2-interval} this rewrites the
 * live pages of the emptiest chunks (H2's own {@code MVStore.compact}, at most 4 MB a round, 4 rounds a run) while
 * the chunks' fill rate is below {@value #TARGET_FILL_RATE} %, then commits, so
 * the emptied chunks are dropped and their space reused. Committed data is never moved before its copy is
 * written: H2 keeps the old chunk until the new one is stored and its retention time has passed. Does nothing on
 * PostgreSQL or an in-memory H2 (the timer stops at its first round). Gauges {@code axis_h2_file_bytes} and
 * {@code axis_h2_chunks_fill_rate_percent} (-1 when not a file H2). ADR 040.
 */
@Component
public class H2Housekeeping implements DisposableBean {
    static final int TARGET_FILL_RATE = 80;
    static final int WRITE_LIMIT_BYTES = 4 << 20;
    static final int MAX_ROUNDS = 4;
    /** How long one run may keep trying: H2 waits at most 10 ms for its store lock, then reports nothing done. */
    static final long BUDGET_NANOS = 500_000_000L;
    static final long STORE_LOCK_WAIT_NANOS = 10_000_000L;
    static final int NOT_H2 = -1;
    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
    private final DataSource dataSource;
    private final Duration interval;
    private final AtomicLong fileBytes = new AtomicLong(-1);
    private final AtomicLong fillRate = new AtomicLong(-1);
    private final PeriodicJob job = new PeriodicJob("h2-housekeeping", log, "H2 housekeeping failed");
    private volatile MVStore store; // found at the first run, again if H2 closed it

    @Autowired
    public H2Housekeeping(DataSource dataSource, MeterRegistry registry, AxisProperties props) {
        this(dataSource, registry, props.housekeeping().h2Interval());
    }

    H2Housekeeping(DataSource dataSource, MeterRegistry registry, Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
        Gauge.builder("axis.h2.file.bytes", fileBytes, AtomicLong::get).baseUnit("bytes")
                .description("Size of the embedded H2 file (-1: not H2)").register(registry);
        Gauge.builder("axis.h2.chunks.fill.rate.percent", fillRate, AtomicLong::get)
                .description("Share of the embedded H2 file's chunks that is live data (-1: not H2)")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(interval, interval, this::compactAndLog);
    }

    /** One run: the chunk rewrites needed, if any; returns how many were committed, -1 when not a file H2. */
    public int compact() {
        MVStore store = store();
        if (store == null) {
            return NOT_H2;
        }
        FileStore<?> file = store.getFileStore();
        int rounds = 0;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        while (rounds < MAX_ROUNDS && !store.isClosed() && file.getChunksFillRate() < TARGET_FILL_RATE
                && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            if (store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES)) {
                store.commit();
                rounds++;
            } else if (System.nanoTime() - start < STORE_LOCK_WAIT_NANOS) {
                break; // H2 had its lock at once and found no chunk old enough to rewrite
            } // else H2 gave up waiting for its store lock (busy committing): try again within the budget
        }
        fileBytes.set(file.size());
        fillRate.set(file.getChunksFillRate());
        return rounds;
    }

    private MVStore store() {
        MVStore known = store;
        if (known != null && !known.isClosed()) {
            return known;
        }
        try (Connection c = dataSource.getConnection()) {
            store = fileStoreOf(c);
            return store;
        } catch (SQLException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "H2 housekeeping could not get a connection: " + e.getMessage(), null, e);
        }
    }

    /** The file-backed store behind an H2 connection; null for another database or an in-memory H2. */
    static MVStore fileStoreOf(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || !session.getDatabase().isPersistent() || session.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }

    /** One run of the timer; false stops it (not a file H2). */
    private boolean compactAndLog() {
        int rounds = compact();
        if (rounds > 0) {
            log.debug("H2 housekeeping rewrote chunks in {} round(s); fill rate {} %, file {} bytes",
                    rounds, fillRate.get(), fileBytes.get());
        }
        return rounds != NOT_H2;
    }

    @Override
    public void destroy() {
        job.close();
    }
}
