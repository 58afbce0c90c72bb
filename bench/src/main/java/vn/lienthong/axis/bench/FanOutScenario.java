package vn.lienthong.axis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 3: one 5 MB package to 1,000 and to 2,000 local pull units (quick: 50): time until every
 * recipient's inbox lists it, payload bytes stored (files under data-dir/blobs), and the ledger rows
 * (counted in the H2 file after the axis stopped) and queue work (Camel exchange counters) it created.
 */
final class FanOutScenario implements Scenario {
    static final int POLLERS = 4;

    @Override
    public String name() {
        return "fan-out";
    }

    static String recipient(int i) {
        return String.format("1%02d.%02d.00.H97", i / 100, i % 100);
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        List<Integer> sizes = ctx.quick() ? List.of(50) : List.of(1000, 2000);
        int most = sizes.get(sizes.size() - 1);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            recipients.add(recipient(i));
        }
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-fan-out"));
        Path attachment = packages.randomFile("fan-out-attachment.bin", 5_000_000L * 3 / 4);
        Map<Integer, Path> files = new LinkedHashMap<>();
        for (int n : sizes) {
            files.put(n, packages.signedDocument("fan-out-" + n, recipients.subList(0, n), attachment));
        }

        Map<String, Object> m = new LinkedHashMap<>();
        Map<Integer, Map<String, Object>> runs = new LinkedHashMap<>();
        AxisServer server = Servers.lease(ctx, name(), List.of());
        try {
            AxisClient client = new AxisClient(server);
            long provisionStart = System.nanoTime();
            ExecutorService provisioners = Executors.newFixedThreadPool(POLLERS);
            List<Future<Object>> created = new ArrayList<>();
            for (String r : recipients) {
                created.add(provisioners.submit(() -> {
                    client.createAgency(r, "Bench unit " + r, "pull", null);
                    return null;
                }));
            }
            for (Future<Object> c : created) {
                c.get();
            }
            provisioners.shutdown();
            String senderToken = client.registerClient("bench sender", List.of(BenchPackages.SENDER));
            String recipientsToken = client.registerClient("bench recipients", recipients);
            m.put("provisionSeconds", Rate.round((System.nanoTime() - provisionStart) / 1e9));
            for (int n : sizes) {
                runs.put(n, fanOut(server, client, senderToken, recipientsToken, recipients.subList(0, n),
                        files.get(n), ctx));
            }
        } finally {
            Servers.stop(server);
        }
        countRows(server, runs);
        m.put("packageBytes", Files.size(files.get(most)));
        m.put("runs", runs.values());
        return m;
    }

    static Map<String, Object> fanOut(AxisServer server, AxisClient client, String senderToken,
                                              String recipientsToken, List<String> recipients, Path pkg,
                                              BenchContext ctx) throws Exception {
        long blobsBefore = server.blobBytes();
        Map<String, Double> countersBefore = Prometheus.snapshot(server, "camel_exchanges_total", "axis_deliveries");
        long t0 = System.nanoTime();
        AxisClient.Receipt receipt = client.submit(pkg, senderToken);
        long acceptNanos = System.nanoTime() - t0;
        if (!receipt.accepted()) {
            throw new BenchFailure("fan-out to " + recipients.size() + ": refused " + receipt.status() + " "
                    + receipt.body());
        }
        Set<String> missing = ConcurrentHashMap.newKeySet();
        missing.addAll(recipients);
        long end = t0 + TimeUnit.SECONDS.toNanos(ctx.quick() ? 60 : 300);
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        long inboxRequests = 0;
        try {
            while (!missing.isEmpty() && System.nanoTime() < end) {
                List<Future<Boolean>> checks = new ArrayList<>();
                for (String r : List.copyOf(missing)) {
                    checks.add(pollers.submit(() -> client.inbox(recipientsToken, r, null, 500).items().stream()
                            .anyMatch(i -> i.axisId().equals(receipt.axisId())) && missing.remove(r)));
                }
                for (Future<Boolean> c : checks) {
                    c.get();
                }
                inboxRequests += checks.size();
            }
        } finally {
            pollers.shutdownNow();
        }
        long allListedNanos = System.nanoTime() - t0;
        if (!missing.isEmpty()) {
            throw new BenchFailure("fan-out to " + recipients.size() + ": " + missing.size()
                    + " recipients never listed the package");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("recipients", recipients.size());
        r.put("axisId", receipt.axisId());
        r.put("acceptSeconds", Rate.round(acceptNanos / 1e9));
        r.put("allListedSeconds", Rate.round(allListedNanos / 1e9));
        r.put("inboxRequests", inboxRequests);
        r.put("payloadBytesStored", server.blobBytes() - blobsBefore);
        r.put("packageBytes", Files.size(pkg));
        r.put("counterDeltas", Prometheus.delta(countersBefore,
                Prometheus.snapshot(server, "camel_exchanges_total", "axis_deliveries")));
        return r;
    }

    /** Ledger rows per package, read from the stopped axis's database. */
    private static void countRows(AxisServer server, Map<Integer, Map<String, Object>> runs) throws Exception {
        try (Connection db = server.database()) {
            for (Map<String, Object> run : runs.values()) {
                Map<String, Object> rows = new LinkedHashMap<>();
                for (String table : List.of("package", "intake_key", "delivery", "event")) {
                    try (PreparedStatement q = db.prepareStatement("select count(*) from " + table
                            + " where axis_id = ?")) {
                        q.setString(1, (String) run.get("axisId"));
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            rows.put(table, rs.getLong(1));
                        }
                    }
                }
                run.put("rows", rows);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public String summary(Map<String, Object> f) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> r : (Iterable<Map<String, Object>>) f.get("runs")) {
            sb.append(sb.length() == 0 ? "" : "; ").append(r.get("packageBytes")).append(" B to ")
              .append(r.get("recipients")).append(": all listed in ").append(r.get("allListedSeconds"))
              .append(" s, stored ").append(r.get("payloadBytesStored")).append(" B, rows ").append(r.get("rows"));
        }
        return sb.toString();
    }
}
