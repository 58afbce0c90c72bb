package vn.lienthong.axis.faults;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.cluster.Inboxes;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.LocalCluster;

/**
 * The fault campaign (issue 11 §3): {@code bin/local-cluster} driven from outside. DMS senders send distinct
 * signed packages through both nodes to two pull recipients, two push recipients (HTTP servers run here)
 * and the upstream national axis (another axis process), paced so that every fault meets traffic; one
 * fault at a time is injected and healed. At the end every inbox and push log is read back and compared
 * with what was acknowledged. Exit status 1 on any loss, duplicate, unexpected copy, refusal, copy not
 * in a final state, or fault the cluster did not recover from. Run: {@code ./mvnw -Pfaults -DskipTests verify}.
 */
public final class FaultCampaign {
    static final String SENDER = "000.00.00.H99";
    static final List<String> PULL = List.of("000.00.01.H99", "000.00.02.H99");
    static final List<String> PUSH = List.of("000.00.03.H99", "000.00.04.H99");
    /** Short sweeps and job locks so that a campaign converges within minutes; spool guard below the tmpfs size. */
    static final String NODE_ARGS = "--axis.delivery.sweep-after=15s --axis.delivery.sweep-period=5s"
            + " --axis.jobs.lock-at-most-for=1m --axis.delivery.push-timeout=20s --axis.upstream.timeout=10s"
            + " --axis.upstream.poll-interval=5s --axis.limits.min-free-bytes=8388608";
    static final String SPOOL_TMPFS_SIZE = "64m";
    private static final Duration CONVERGENCE = Duration.ofMinutes(25);
    private final CampaignConfig config;

    FaultCampaign(CampaignConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        CampaignConfig config = CampaignConfig.fromSystemProperties();
        CampaignReport report = new FaultCampaign(config).run();
        String text = report.markdown();
        System.out.println(text);
        Files.writeString(config.dir().resolve("report.md"), text);
        System.exit(report.clean() ? 0 : 1);
    }

    static List<String> recipients(int i) {
        List<String> to = new ArrayList<>(List.of(PULL.get(i % 2), PUSH.get(i / 2 % 2)));
        if (i % 4 == 0) {
            to.add(NationalAxis.AGENCY);
        }
        return to;
    }

    static String documentId(int i) {
        return SENDER + ",2026/12/06," + (i + 1) + "/UBND-VP";
    }

    CampaignReport run() throws Exception {
        Files.createDirectories(config.dir());
        long started = System.currentTimeMillis();
        List<PushRecipient> pushes = PUSH.stream().map(PushRecipient::new).toList();
        pushes.forEach(PushRecipient::up);
        NationalAxis national = new NationalAxis(config.dir().resolve("national"));
        LocalCluster cluster = new LocalCluster(config.dir().resolve("cluster"), NODE_ARGS);
        Map<String, Path> spools = new LinkedHashMap<>();
        try {
            // a loaded machine starts a JVM slowly: up to ten minutes per start
            System.setProperty("axis.process.start-timeout-seconds", "600");
            cluster.env("AXIS_CLUSTER_TIMEOUT", "600");
            national.startAndRegister(SENDER);
            national.upstreamEnvironment().forEach(cluster::env);
            for (String node : List.of("node1", "node2")) {
                spools.put(node, Files.createDirectories(cluster.dir().resolve(node).resolve("spool")));
                FaultInjector.run("mount", "-t", "tmpfs", "-o", "size=" + SPOOL_TMPFS_SIZE, "tmpfs",
                        spools.get(node).toString());
            }
            cluster.up();
            return drive(cluster, pushes, national, spools, started);
        } finally {
            try {
                cluster.close();
            } finally {
                for (Path spool : spools.values()) {
                    FaultInjector.run("umount", "-l", spool.toString());
                }
                national.close();
                pushes.forEach(PushRecipient::close);
            }
        }
    }

    private CampaignReport drive(LocalCluster cluster, List<PushRecipient> pushes, NationalAxis national,
                                 Map<String, Path> spools, long started) throws Exception {
        Api node1 = new Api(cluster.port("node1"));
        for (PushRecipient p : pushes) {
            admin(node1, cluster, "/admin/api/v1/agencies", "{\"code\":\"" + p.agency() + "\",\"name\":\"Đơn vị nhận đẩy "
                    + p.agency() + "\",\"parentCode\":\"" + SENDER + "\",\"mode\":\"push\",\"endpoint\":\"" + p.url() + "\"}");
        }
        String senderToken = client(node1, cluster, SENDER);
        Map<String, String> pullTokens = new LinkedHashMap<>();
        for (String r : PULL) {
            pullTokens.put(r, client(node1, cluster, r));
        }
        ClusterLedger ledger = new ClusterLedger(cluster.status().path("jdbcUrl").asText());
        Senders senders = new Senders(List.of(cluster.port("node1"), cluster.port("node2")), senderToken,
                i -> EdxmlSamples.document(SENDER, documentId(i), "Gói chiến dịch lỗi số " + i,
                        recipients(i).toArray(String[]::new)), config.packages());
        FaultInjector injector = new FaultInjector(cluster, senders, pushes, national, ledger, spools,
                config.outage(), config.pause());
        List<FaultInjector.Kind> schedule = config.schedule();
        int step = Math.max(1, config.packages() / (schedule.size() + 1));
        senders.allow(step);
        senders.start(config.senders());
        List<FaultInjector.Fault> faults = new ArrayList<>();
        for (int f = 0; f < schedule.size(); f++) {
            if (!config.faultBudget().isZero()
                    && System.currentTimeMillis() - started > config.faultBudget().toMillis()) {
                System.out.printf("fault budget of %s spent: %d of %d faults injected%n", config.faultBudget(), f,
                        schedule.size());
                break;
            }
            int threshold = (f + 1) * step;
            awaitAcknowledged(senders, threshold);
            senders.allow(threshold + step);
            FaultInjector.Fault fault = injector.inject(schedule.get(f));
            faults.add(fault);
            System.out.printf("fault %d/%d %s on %s: recovered %s in %d ms (%d acknowledged)%n", f + 1, schedule.size(),
                    fault.kind(), fault.target(), fault.recovered(), fault.recoveryMillis(), senders.acknowledgedCount());
        }
        senders.allow(config.packages());
        senders.await(Duration.ofMinutes(60));
        senders.stop();
        long sent = System.currentTimeMillis();
        List<Verdict> verdicts = converge(node1, pullTokens, pushes, national, ledger, senders.acknowledged());
        return new CampaignReport(config, senders, faults, verdicts, ledger.copiesByRecipientAndState(),
                ledger.notInFinalState(), sent - started, System.currentTimeMillis() - sent);
    }

    /** Reads every destination back until nothing is missing and no copy waits, or the deadline passes. */
    private List<Verdict> converge(Api api, Map<String, String> pullTokens, List<PushRecipient> pushes,
                                   NationalAxis national, ClusterLedger ledger, Map<Integer, String> acknowledged)
            throws Exception {
        long deadline = System.currentTimeMillis() + CONVERGENCE.toMillis();
        while (true) {
            List<Verdict> verdicts = verdicts(api, pullTokens, pushes, national, acknowledged);
            boolean nothingMissing = verdicts.stream().allMatch(v -> v.lost() == 0);
            if (nothingMissing && ledger.notInFinalState() == 0 || System.currentTimeMillis() > deadline) {
                return verdicts;
            }
            Thread.sleep(10_000);   // a read-back of every inbox is heavy: every 10 s
        }
    }

    private static List<Verdict> verdicts(Api api, Map<String, String> pullTokens, List<PushRecipient> pushes,
                                          NationalAxis national, Map<Integer, String> acknowledged) {
        Map<String, Map<String, String>> expected = new HashMap<>();
        acknowledged.forEach((i, axisId) -> recipients(i).forEach(r ->
                expected.computeIfAbsent(r, k -> new HashMap<>()).put(documentId(i), axisId)));
        List<Verdict> verdicts = new ArrayList<>();
        pullTokens.forEach((r, token) -> verdicts.add(Verdict.ofInbox(r + " (pull)", Inboxes.documentIds(api, token),
                expected.getOrDefault(r, Map.of()).keySet())));
        for (PushRecipient p : pushes) {
            verdicts.add(Verdict.ofPushLog(p.agency() + " (push)", p.log(), expected.getOrDefault(p.agency(), Map.of())));
        }
        verdicts.add(Verdict.ofInbox(NationalAxis.AGENCY + " (upstream)", national.inbox(),
                expected.getOrDefault(NationalAxis.AGENCY, Map.of()).keySet()));
        return verdicts;
    }

    private static void awaitAcknowledged(Senders senders, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(20).toMillis();
        while (senders.acknowledgedCount() + senders.refused().size() < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("fewer than " + n + " packages acknowledged after 20 min");
            }
            Thread.sleep(200);
        }
    }

    private static String client(Api api, LocalCluster cluster, String agency) {
        return Api.json(admin(api, cluster, "/admin/api/v1/clients", "{\"name\":\"DMS " + agency + "\",\"agencies\":[\""
                + agency + "\"]}")).path("token").asText();
    }

    private static HttpResponse<String> admin(Api api, LocalCluster cluster, String path, String json) {
        HttpResponse<String> r = api.postJson(path, cluster.adminToken(), null, json);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " refused: " + r.statusCode() + " " + r.body());
        }
        return r;
    }
}
