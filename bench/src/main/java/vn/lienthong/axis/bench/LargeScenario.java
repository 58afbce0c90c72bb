package vn.lienthong.axis.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario 4: one 200 MB signed package (quick: 20 MB) through an axis started with {@code -Xmx256m}:
 * accept time, time until listed, fetch time (streamed, digest compared), peak heap, MB/s. One
 * unmeasured 10 MB package first, so that the figure is the axis in service, not its first request
 * after a start (class loading, cold JIT); its accept time is reported too.
 */
final class LargeScenario implements Scenario {
    static final long WARM_UP_BYTES = 10_000_000L;

    @Override
    public String name() {
        return "large";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        long packageTarget = ctx.quick() ? 20_000_000L : 200_000_000L;
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-large"));
        Path attachment = packages.randomFile("large-attachment.bin", packageTarget * 3 / 4);
        long signStart = System.nanoTime();
        Path pkg = packages.signedDocument("large", List.of(BenchPackages.PULL_RECIPIENT), attachment);
        double signSeconds = (System.nanoTime() - signStart) / 1e9;
        Files.delete(attachment);
        Path warmUpAttachment = packages.randomFile("warm-up-attachment.bin", WARM_UP_BYTES);
        Path warmUp = packages.signedDocument("warm-up", List.of(BenchPackages.PULL_RECIPIENT), warmUpAttachment);
        Files.delete(warmUpAttachment);
        long size = Files.size(pkg);
        String sha256 = sha256(pkg);

        AxisServer server = Servers.lease(ctx, name(), List.of("-Xmx256m"));
        try {
            AxisClient client = new AxisClient(server);
            String senderToken = client.registerClient("bench sender", List.of(BenchPackages.SENDER));
            String recipientToken = client.registerClient("bench recipient", List.of(BenchPackages.PULL_RECIPIENT));
            long w0 = System.nanoTime();
            AxisClient.Receipt warmed = client.submit(warmUp, senderToken);
            double warmUpSeconds = (System.nanoTime() - w0) / 1e9;
            if (!warmed.accepted()) {
                throw new BenchFailure("large: warm-up package refused " + warmed.status() + " " + warmed.body());
            }
            ServerMetrics metrics = new ServerMetrics(server);
            long t0 = System.nanoTime();
            AxisClient.Receipt receipt = client.submit(pkg, senderToken);
            long acceptNanos = System.nanoTime() - t0;
            if (!receipt.accepted()) {
                throw new BenchFailure("large: refused " + receipt.status() + " " + receipt.body());
            }
            Set<String> missing = Deliveries.awaitInInbox(client, recipientToken, BenchPackages.PULL_RECIPIENT,
                    Set.of(receipt.axisId()), Duration.ofSeconds(ctx.quick() ? 60 : 300));
            long listedNanos = System.nanoTime() - t0;
            if (!missing.isEmpty()) {
                throw new BenchFailure("large: the accepted package never reached the recipient's inbox");
            }
            long f0 = System.nanoTime();
            Object[] fetched = client.fetch(recipientToken, BenchPackages.PULL_RECIPIENT, receipt.axisId());
            long fetchNanos = System.nanoTime() - f0;
            Map<String, Object> serverFigures = metrics.figures();
            if ((long) fetched[0] != size || !sha256.equals(fetched[1])) {
                throw new BenchFailure("large: fetched " + fetched[0] + " bytes with sha256 " + fetched[1]
                        + ", sent " + size + " bytes with sha256 " + sha256);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("packageBytes", size);
            m.put("serverXmx", "256m");
            m.put("harnessSignSeconds", Rate.round(signSeconds));
            m.put("warmUpPackageBytes", Files.size(warmUp));
            m.put("warmUpAcceptSeconds", Rate.round(warmUpSeconds));
            m.put("acceptSeconds", Rate.round(acceptNanos / 1e9));
            m.put("acceptMBps", Rate.round(size / 1e6 / (acceptNanos / 1e9)));
            m.put("listedSeconds", Rate.round(listedNanos / 1e9));
            m.put("fetchSeconds", Rate.round(fetchNanos / 1e9));
            m.put("fetchMBps", Rate.round(size / 1e6 / (fetchNanos / 1e9)));
            m.put("fetchedBytesMatch", true);
            m.putAll(serverFigures);
            return m;
        } finally {
            Servers.release(server);
            Files.deleteIfExists(pkg);
            Files.deleteIfExists(warmUp);
        }
    }

    static String sha256(Path f) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Override
    public String summary(Map<String, Object> f) {
        return f.get("packageBytes") + " B with -Xmx256m: accepted in " + f.get("acceptSeconds") + " s ("
                + f.get("acceptMBps") + " MB/s), listed after " + f.get("listedSeconds") + " s, fetched in "
                + f.get("fetchSeconds") + " s (" + f.get("fetchMBps") + " MB/s, digest matches), heap max "
                + f.get("serverHeapMaxMB") + " MB";
    }
}
