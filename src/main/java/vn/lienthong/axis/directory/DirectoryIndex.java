package vn.lienthong.axis.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.axis.config.AxisProperties;

/**
 * The directory in memory for routing (ADR 030): agencies, aliases and route rules, so that routing a
 * recipient code costs a few hash lookups instead of database round trips (100,000 agencies and rules:
 * docs/benchmarks.md). Every write to those tables bumps {@code directory_version} in its transaction
 * ({@link #recordChange}); this node reloads at the next lookup after its own commit, and every node
 * compares the version at most every {@code axis.directory.refresh-period} (2 s): a change made on another
 * node takes effect here within that period. A transaction that has written the directory and not yet committed
 * never builds the shared snapshot: its lookups see the loaded one (or, before the first load, a private one),
 * so a rollback leaves nothing behind.
 */
@Component
public class DirectoryIndex {
    /** One loaded state of the three tables, never modified. */
    private record Snapshot(long version, Map<String, Agency> agencies, Map<String, String> aliases,
                            Map<String, RouteRule> exactRules, Map<String, List<Wildcard>> wildcardsByPrefix,
                            int[] prefixLengths) {}

    /** A wildcard rule with its pattern compiled once, and its literal tail checked before the regex. */
    private record Wildcard(RouteRule rule, Pattern regex, int specificity, String suffix) {
        boolean matches(String code) {
            return code.endsWith(suffix) && regex.matcher(code).matches();
        }
    }

    private static final Comparator<Wildcard> MOST_SPECIFIC = Comparator.comparingInt(Wildcard::specificity)
            .thenComparing(w -> w.rule().pattern(), Comparator.reverseOrder());

    private final JdbcClient jdbc;
    private final long periodNanos;
    private final AtomicLong localChanges = new AtomicLong();
    private final ReentrantLock refreshing = new ReentrantLock();
    /** Bound to a transaction (as a resource) while it has uncommitted directory changes. */
    private final Object uncommittedChanges = new Object();
    private volatile Snapshot snapshot;
    private volatile long checkedAt;
    private volatile long localChangesSeen = -1;

    @Autowired
    public DirectoryIndex(JdbcClient jdbc, AxisProperties props) {
        this(jdbc, props.directory().refreshPeriod());
    }

    public DirectoryIndex(JdbcClient jdbc, Duration refreshPeriod) {
        this.jdbc = jdbc;
        this.periodNanos = refreshPeriod.toNanos();
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
        Snapshot s = current();
        RouteRule exact = s.exactRules().get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        Wildcard best = null;
        for (int length : s.prefixLengths()) {
            if (length > code.length()) {
                break;
            }
            List<Wildcard> candidates = s.wildcardsByPrefix().get(code.substring(0, length));
            if (candidates == null) {
                continue;
            }
            for (Wildcard w : candidates) {
                if ((best == null || MOST_SPECIFIC.compare(w, best) > 0) && w.matches(code)) {
                    best = w;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.rule());
    }

    /**
     * Called by every writer of agency, agency_alias and route_rule right after its write: bumps the
     * version in the same transaction, and makes this node reload once the change is committed.
     */
    public void recordChange() {
        jdbc.sql("update directory_version set version = version + 1 where id = 1").update();
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

    private Snapshot current() {
        if (TransactionSynchronizationManager.hasResource(uncommittedChanges)) {
            return withoutPublishing();
        }
        Snapshot s = snapshot;
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
            Snapshot again = snapshot;
            return fresh(again) ? again : refresh(); // another thread may have refreshed meanwhile
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(Snapshot s) {
        return s != null && localChangesSeen == localChanges.get() && System.nanoTime() - checkedAt < periodNanos;
    }

    /** Compares the stored version with the loaded one now, and reloads when they differ. */
    Snapshot refresh() {
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
    private Snapshot withoutPublishing() {
        Snapshot s = snapshot;
        return s != null ? s : load(storedVersion());
    }

    private long storedVersion() {
        return jdbc.sql("select version from directory_version where id = 1").query(Long.class).single();
    }

    private Snapshot compareAndLoad() {
        long changesSeen = localChanges.get();
        long now = System.nanoTime();
        Snapshot s = snapshot;
        long version = storedVersion();
        if (s == null || s.version() != version) {
            s = load(version);
            snapshot = s;
        }
        localChangesSeen = changesSeen;
        checkedAt = now;
        return s;
    }

    private Snapshot load(long version) {
        Map<String, Agency> agencies = new HashMap<>();
        jdbc.sql("select " + AgencyRepository.COLUMNS + " from agency").query((rs, n) -> AgencyRepository.map(rs, n))
                .list().forEach(a -> agencies.put(a.code(), a)); // list(): JdbcClient's stream() holds the connection
        Map<String, String> aliases = new HashMap<>();
        jdbc.sql("select old_code, new_code from agency_alias").query((rs, n) -> aliases.put(rs.getString(1),
                rs.getString(2))).list();
        Map<String, RouteRule> exact = new HashMap<>();
        Map<String, List<Wildcard>> byPrefix = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        jdbc.sql("select pattern, target from route_rule").query((rs, n) -> new RouteRule(rs.getString(1),
                rs.getString(2))).list().forEach(r -> {
                    if (r.exact()) {
                        exact.put(r.pattern(), r);
                        return;
                    }
                    String prefix = r.pattern().substring(0, r.pattern().indexOf('*'));
                    byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>())
                            .add(new Wildcard(r, r.regex(), r.specificity(),
                                    r.pattern().substring(r.pattern().lastIndexOf('*') + 1)));
                    lengths.add(prefix.length());
                });
        return new Snapshot(version, Map.copyOf(agencies), Map.copyOf(aliases), Map.copyOf(exact),
                Map.copyOf(byPrefix), lengths.stream().mapToInt(Integer::intValue).toArray());
    }
}
