package vn.lienthong.axis.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.lienthong.axis.faults.FaultInjector.Kind;

/**
 * The campaign's parameters, from system properties {@code faults.*} (defaults: the short CI version).
 * {@code faults.packages}, {@code faults.node-kills}, {@code faults.failovers}, {@code faults.pg-restarts},
 * {@code faults.push-outages}, {@code faults.upstream-outages}, {@code faults.pauses}, {@code faults.spool-full},
 * {@code faults.outage} and {@code faults.pause} (seconds), {@code faults.senders}, {@code faults.seed},
 * {@code faults.dir}, {@code faults.minutes} (no fault is started after this many minutes; 0: no limit).
 */
record CampaignConfig(int packages, Map<Kind, Integer> faults, Duration outage, Duration pause, int senders,
                      long seed, Path dir, Duration faultBudget) {

    static CampaignConfig fromSystemProperties() {
        Map<Kind, Integer> faults = new EnumMap<>(Kind.class);
        faults.put(Kind.NODE_KILL, integer("faults.node-kills", 2));
        faults.put(Kind.BROKER_FAILOVER, integer("faults.failovers", 1));
        faults.put(Kind.PG_RESTART, integer("faults.pg-restarts", 1));
        faults.put(Kind.PUSH_OUTAGE, integer("faults.push-outages", 1));
        faults.put(Kind.UPSTREAM_OUTAGE, integer("faults.upstream-outages", 1));
        faults.put(Kind.NODE_PAUSE, integer("faults.pauses", 1));
        faults.put(Kind.SPOOL_FULL, integer("faults.spool-full", 1));
        long seed = Long.getLong("faults.seed", System.currentTimeMillis());
        return new CampaignConfig(integer("faults.packages", 200), faults,
                Duration.ofSeconds(integer("faults.outage", 20)), Duration.ofSeconds(integer("faults.pause", 75)),
                integer("faults.senders", 4), seed,
                Path.of(System.getProperty("faults.dir", "target/faults/run-" + seed)).toAbsolutePath(),
                Duration.ofMinutes(integer("faults.minutes", 0)));
    }

    /** Every fault once per count, in an order fixed by the seed. */
    List<Kind> schedule() {
        List<Kind> all = new ArrayList<>();
        faults.forEach((kind, n) -> all.addAll(Collections.nCopies(n, kind)));
        Collections.shuffle(all, new Random(seed));
        return all;
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).trim());
    }
}
