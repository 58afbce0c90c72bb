package vn.lienthong.axis.directory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.axis.config.AxisProperties;

/**
 * The directory in memory for routing (ADR 030): agencies, aliases and route rules, so that routing a
 * recipient code costs a few hash lookups instead of database round trips (100,000 agencies and rules:
 * docs/benchmarks.md). Every write to those tables bumps {@code directory_version} in its transaction
 * and notes the row it changed ({@link #recordChange}); this node catches up at the next lookup after its own
 * commit by re-reading the rows changed since its version (the tables whole only after a gap), and every node
 * compares the version at most every {@code axis.directory.refresh-period} (2 s): a change made on another
 * node takes effect here within that period. A transaction that has written the directory and not yet committed
 * never builds the shared snapshot: its lookups see the loaded one (or, before the first load, a private one),
 * so a rollback leaves nothing behind.
 */
@Component
public class DirectoryIndex {
    /** The table a change was written to (stored as {@code directory_change.kind}). */
    public enum Kind {
        AGENCY, ALIAS, RULE;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind fromWire(String wire) {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Changes kept in {@code directory_change}; a node further behind reads the tables whole. */
    static final long KEPT_CHANGES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);
    private final JdbcClient jdbc;
    private final long periodNanos;
    private final long keptChanges;
    private final AtomicLong fullLoads = new AtomicLong();
    private final AtomicLong localChanges = new AtomicLong();
    private final ReentrantLock refreshing = new ReentrantLock();
    /** Bound to a transaction (as a resource) while it has uncommitted directory changes. */
    private final Object uncommittedChanges = new Object();
    private volatile DirectorySnapshot snapshot;
    private volatile long checkedAt;
    private volatile long localChangesSeen = -1;

    @Autowired
    public DirectoryIndex(JdbcClient jdbc, AxisProperties props) {
        this(jdbc, props.directory().refreshPeriod());
    }

    public DirectoryIndex(JdbcClient jdbc, Duration refreshPeriod) {
        this(jdbc, refreshPeriod, KEPT_CHANGES);
    }

    DirectoryIndex(JdbcClient jdbc, Duration refreshPeriod, long keptChanges) {
        this.jdbc = jdbc;
        this.periodNanos = refreshPeriod.toNanos();
        this.keptChanges = keptChanges;
    }

    /**
     * Loads the directory as the application starts, before it reports ready, so that the first packages do
     * not wait for it; if the database does not answer, the first lookup loads it.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void loadAtStart() {
        try {
            long t0 = System.nanoTime();
            DirectorySnapshot s = current();
            log.info("directory loaded: {} agencies, {} aliases, {} route rules at version {} in {} ms",
                    s.agencies().size(), s.aliases().size(), s.rules().size(), s.version(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("directory not loaded at start ({}); the first lookup loads it", e.toString());
        }
    }

    /** The agency with this exact (normalised) code. */
    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(current().agencies().get(code));
    }

    /** The successor of a retired code, following chains of renames (at most 10 steps). */
    public Optional<String> successorOf(String code) {
        Map<String, String> aliases = current().aliases();
        String c = code;
        for (int i = 0; i < 10; i++) {
            String next = aliases.get(c);
            if (next == null) {
                break;
            }
            c = next;
        }
        return c.equals(code) ? Optional.empty() : Optional.of(c);
    }

    /** The most specific rule matching the normalised {@code code}: an exact rule, else the best wildcard. */
    public Optional<RouteRule> ruleFor(String code) {
        return current().ruleIndex().ruleFor(code);
    }

    /**
     * Called by every writer of agency, agency_alias and route_rule right after its write of the row with this
     * key: bumps the version and notes what it changed in the same transaction, and makes this node catch up
     * once the change is committed. The version row's lock orders the writers of all nodes.
     */
    public void recordChange(Kind kind, String key) {
        jdbc.sql("update directory_version set version = version + 1 where id = 1").update();
        long version = storedVersion();
        jdbc.sql("insert into directory_change (version, kind, item_key) values (?, ?, ?)")
                .params(version, kind.wire(), key).update();
        if (version > keptChanges) {
            jdbc.sql("delete from directory_change where version <= ?").param(version - keptChanges).update();
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            localChanges.incrementAndGet();
        } else if (!TransactionSynchronizationManager.hasResource(uncommittedChanges)) {
            TransactionSynchronizationManager.bindResource(uncommittedChanges, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new UncommittedChanges());
        }
    }

    /** Marks the writer's transaction while it is active on this thread; on commit, makes this node reload. */
    private final class UncommittedChanges implements TransactionSynchronization {
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(uncommittedChanges);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(uncommittedChanges, Boolean.TRUE);
        }

        @Override
        public void afterCommit() {
            localChanges.incrementAndGet();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(uncommittedChanges);
        }
    }

    /** The directory version this node routes with (what caches derived from the directory compare). */
    public long version() {
        return current().version();
    }

    /** How long a change made on another node may take to be seen here. */
    public Duration refreshPeriod() {
        return Duration.ofNanos(periodNanos);
    }

    private DirectorySnapshot current() {
        if (TransactionSynchronizationManager.hasResource(uncommittedChanges)) {
            return withoutPublishing();
        }
        DirectorySnapshot s = snapshot;
        if (fresh(s)) {
            return s;
        }
        if (s != null && localChangesSeen == localChanges.get()) {
            // only the period ran out: one thread compares the version, the others route with the loaded
            // snapshot meanwhile instead of queueing behind it (it may be waiting for a pool connection that
            // they hold)
            if (!refreshing.tryLock()) {
                return s;
            }
        } else {
            refreshing.lock(); // the first load, or this node's own committed change: wait for it
        }
        try {
            DirectorySnapshot again = snapshot;
            return fresh(again) ? again : refresh(); // another thread may have refreshed meanwhile
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(DirectorySnapshot s) {
        return s != null && localChangesSeen == localChanges.get() && System.nanoTime() - checkedAt < periodNanos;
    }

    /** Compares the stored version with the loaded one now, and reloads when they differ. */
    DirectorySnapshot refresh() {
        if (TransactionSynchronizationManager.hasResource(uncommittedChanges)) {
            return withoutPublishing();
        }
        refreshing.lock();
        try {
            return compareAndLoad();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * For a transaction with uncommitted directory changes: its connection sees them, so what it reads is
     * never shared; it routes with the loaded snapshot, and loads one for itself only when there is none.
     */
    private DirectorySnapshot withoutPublishing() {
        DirectorySnapshot s = snapshot;
        return s != null ? s : DirectorySnapshot.load(jdbc, storedVersion());
    }

    private long storedVersion() {
        return jdbc.sql("select version from directory_version where id = 1").query(Long.class).single();
    }

    private DirectorySnapshot compareAndLoad() {
        long changesSeen = localChanges.get();
        long now = System.nanoTime();
        DirectorySnapshot s = snapshot;
        long version = storedVersion();
        if (s == null || s.version() != version) {
            s = catchUp(s, version);
            snapshot = s;
        }
        localChangesSeen = changesSeen;
        checkedAt = now;
        return s;
    }

    /**
     * The directory at {@code version}: the loaded one with the rows changed since re-read when every version in
     * between left its row in {@code directory_change}, else the tables read whole.
     */
    private DirectorySnapshot catchUp(DirectorySnapshot s, long version) {
        if (s != null && version > s.version() && version - s.version() <= keptChanges) {
            List<DirectorySnapshot.Change> changes = jdbc.sql("select kind, item_key from directory_change"
                            + " where version > ? and version <= ? order by version").params(s.version(), version)
                    .query((rs, n) -> new DirectorySnapshot.Change(Kind.fromWire(rs.getString(1)), rs.getString(2)))
                    .list();
            if (changes.size() == version - s.version()) {
                return s.apply(jdbc, version, changes);
            }
        }
        fullLoads.incrementAndGet();
        return DirectorySnapshot.load(jdbc, version);
    }

    /** How many times this node read the three tables whole (the first load included). */
    long fullLoads() {
        return fullLoads.get();
    }
}
