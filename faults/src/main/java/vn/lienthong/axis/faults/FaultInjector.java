package vn.lienthong.axis.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.lienthong.axis.support.LocalCluster;

/**
 * Injects one fault at a time into the running cluster and heals it, then waits until the system is whole
 * again: both nodes UP, one broker live and one backup, and the fault's own sign of recovery (a package
 * acknowledged, a push received, a copy delivered upstream). Recovery time runs from the heal (the node
 * started again, the process continued, the endpoint back, the space freed) to that moment.
 */
final class FaultInjector {
    /** The kinds of fault the campaign counts. */
    enum Kind { NODE_KILL, BROKER_FAILOVER, PG_RESTART, PUSH_OUTAGE, UPSTREAM_OUTAGE, NODE_PAUSE, SPOOL_FULL }

    /** One injected fault. */
    record Fault(Kind kind, String target, long injectedMillis, long healedMillis, long recoveredMillis) {
        boolean recovered() {
            return recoveredMillis > 0;
        }

        long recoveryMillis() {
            return recoveredMillis - healedMillis;
        }
    }

    private static final Duration RECOVERY_DEADLINE = Duration.ofMinutes(10);
    private final LocalCluster cluster;
    private final Senders senders;
    private final List<PushRecipient> pushRecipients;
    private final NationalAxis national;
    private final ClusterLedger ledger;
    private final Map<String, Path> spools;
    private final Duration outage;
    private final Duration pause;
    private int turn;

    FaultInjector(LocalCluster cluster, Senders senders, List<PushRecipient> pushRecipients, NationalAxis national,
                  ClusterLedger ledger, Map<String, Path> spools, Duration outage, Duration pause) {
        this.cluster = cluster;
        this.senders = senders;
        this.pushRecipients = pushRecipients;
        this.national = national;
        this.ledger = ledger;
        this.spools = spools;
        this.outage = outage;
        this.pause = pause;
    }

    Fault inject(Kind kind) throws Exception {
        String node = turn++ % 2 == 0 ? "node1" : "node2";
        long injected = System.currentTimeMillis();
        switch (kind) {
            case NODE_KILL -> {
                cluster.kill(node);
                long healed = System.currentTimeMillis();
                cluster.start(node);
                return whole(kind, node, injected, healed, ackedSince(healed));
            }
            case BROKER_FAILOVER -> {
                String live = liveBroker();
                String backup = live.equals("broker1") ? "broker2" : "broker1";
                cluster.kill(live);
                await(() -> "live".equals(role(backup)), "the backup " + backup + " to become live");
                long healed = System.currentTimeMillis();
                cluster.start(live);
                return whole(kind, live, injected, healed, ackedSince(healed));
            }
            case PG_RESTART -> {
                run("pg_ctlcluster", "--skip-systemctl-redirect", postgresVersion(), "main", "restart");
                long healed = System.currentTimeMillis();
                return whole(kind, "postgresql", injected, healed, ackedSince(healed));
            }
            case PUSH_OUTAGE -> {
                PushRecipient r = pushRecipients.get(turn % pushRecipients.size());
                r.down();
                Thread.sleep(outage.toMillis());   // the fault's duration, not a synchronisation
                long healed = System.currentTimeMillis();
                r.up();
                return whole(kind, r.agency(), injected, healed, () -> r.firstPushSince(healed) > 0);
            }
            case UPSTREAM_OUTAGE -> {
                national.kill();
                Thread.sleep(outage.toMillis());
                national.start();   // its own boot is not the province's recovery: counted from when it serves again
                long healed = System.currentTimeMillis();
                return whole(kind, NationalAxis.AGENCY, injected, healed,
                        () -> ledger.deliveredSince(NationalAxis.AGENCY, healed) > 0);
            }
            case NODE_PAUSE -> {
                long pid = status().path(node).path("pid").asLong();
                run("kill", "-STOP", String.valueOf(pid));
                Thread.sleep(pause.toMillis());
                long healed = System.currentTimeMillis();
                run("kill", "-CONT", String.valueOf(pid));
                return whole(kind, node, injected, healed, ackedSince(healed));
            }
            case SPOOL_FULL -> {
                Path filler = spools.get(node).resolve("faults-filler");
                fill(filler);
                Thread.sleep(outage.toMillis());
                long healed = System.currentTimeMillis();
                Files.deleteIfExists(filler);
                return whole(kind, node, injected, healed, ackedSince(healed));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** Until both nodes are UP, the brokers are one live and one backup, and {@code extra} holds. */
    private Fault whole(Kind kind, String target, long injected, long healed, BooleanSupplier extra) {
        long deadline = System.currentTimeMillis() + RECOVERY_DEADLINE.toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonNode s = status();
            boolean brokers = s.path("broker1").path("role").asText().equals("live")
                    ^ s.path("broker2").path("role").asText().equals("live")
                    && !s.path("broker1").path("pid").isNull() && !s.path("broker2").path("pid").isNull();
            if (brokers && "UP".equals(s.path("node1").path("health").asText())
                    && "UP".equals(s.path("node2").path("health").asText()) && extra.getAsBoolean()) {
                return new Fault(kind, target, injected, healed, System.currentTimeMillis());
            }
            pollPause();
        }
        return new Fault(kind, target, injected, healed, 0);
    }

    /** A package acknowledged after {@code millis}, or no sender left with work. */
    private BooleanSupplier ackedSince(long millis) {
        return () -> senders.lastAckMillis() > millis || senders.idle();
    }

    private String liveBroker() {
        return "live".equals(role("broker1")) ? "broker1" : "broker2";
    }

    private String role(String broker) {
        return status().path(broker).path("role").asText();
    }

    private JsonNode status() {
        return cluster.status();
    }

    private void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + RECOVERY_DEADLINE.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("waited " + RECOVERY_DEADLINE + " for " + what);
            }
            pollPause();
        }
    }

    /** Writes zeros until the volume refuses more (ENOSPC). */
    private static void fill(Path filler) throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException e) {
            if (Files.getFileStore(filler).getUsableSpace() > chunk.length) {
                throw e;
            }
        }
    }

    static String postgresVersion() throws IOException {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).max((a, b) -> Double.compare(Double.parseDouble(a),
                    Double.parseDouble(b))).orElseThrow();
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ": " + out);
        }
    }

    private static void pollPause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
