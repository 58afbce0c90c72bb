package vn.lienthong.axis.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Scenario 6: the VXP facade, measured only when the jar serves {@code /vxp/sendEdoc} (a class of the
 * {@code api/vxp} edge naming {@code sendEdoc}; the outbound {@code federation/vxp} client does not count);
 * otherwise skipped with the reason printed (no figure is invented).
 */
final class VxpScenario implements Scenario {
    static final String ENDPOINT = "/vxp/sendEdoc";
    static final String EDGE = "BOOT-INF/classes/vn/lienthong/axis/api/vxp/";

    @Override
    public String name() {
        return "vxp";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/lienthong-axis.jar"));
        Map<String, Object> m = new LinkedHashMap<>();
        if (!mentions(jar, EDGE, "sendEdoc")) {
            m.put("skipped", true);
            m.put("reason", "no class of the api/vxp edge in " + jar.getFileName() + " serves " + ENDPOINT);
            return m;
        }
        int seconds = ctx.quick() ? 5 : 60;
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-vxp"));
        Path pdf = packages.signedPdf(100 * 1024);
        List<byte[]> pool = packages.pool(IntakeScenario.poolSize(ctx), List.of(BenchPackages.PULL_RECIPIENT), pdf);
        AxisServer server = Servers.lease(ctx, name(), List.of());
        try {
            AxisClient client = new AxisClient(server);
            AxisClient.VxpCredentials vxp = client.registerVxpClient("bench VXP sender",
                    List.of(BenchPackages.SENDER), "bench.vxp." + System.nanoTime());
            String recipientToken = client.registerClient("bench VXP recipient", List.of(BenchPackages.PULL_RECIPIENT));
            IntakeScenario.Submitter viaVxp = pkg -> client.submitVxp(pkg, BenchPackages.SENDER, vxp);
            IntakeScenario.Load warm = new IntakeScenario.Load(viaVxp, pool, 0); // as intake: not measured
            warm.run(IntakeScenario.SENDERS,
                    System.nanoTime() + ctx.count(IntakeScenario.WARM_UP_SECONDS, 0) * 1_000_000_000L);
            warm.failIfRefused(name() + " warm-up");
            IntakeScenario.Load load = new IntakeScenario.Load(viaVxp, pool, warm.next.get());
            long start = System.nanoTime();
            load.run(IntakeScenario.SENDERS, start + seconds * 1_000_000_000L);
            long nanos = System.nanoTime() - start;
            load.failIfRefused(name());
            Set<String> expected = new HashSet<>(load.accepted);
            expected.addAll(warm.accepted);
            Set<String> missing = Deliveries.awaitInInbox(client, recipientToken, BenchPackages.PULL_RECIPIENT,
                    expected, java.time.Duration.ofSeconds(ctx.quick() ? 60 : 300));
            if (!missing.isEmpty()) {
                throw new BenchFailure("vxp: " + missing.size() + " of " + expected.size()
                        + " packages accepted through sendEdoc never reached the recipient's inbox");
            }
            m.put("senders", IntakeScenario.SENDERS);
            m.put("warmUpSeconds", ctx.count(IntakeScenario.WARM_UP_SECONDS, 0));
            m.put("poolExhausted", load.exhausted());
            m.put("seconds", Rate.round(nanos / 1e9));
            m.put("accepted", load.accepted.size());
            m.put("acceptedPerSecond", Rate.round(Rate.perSecond(load.accepted.size(), nanos)));
            m.putAll(load.latencies());
            m.put("deliveredToInbox", expected.size());
            return m;
        } finally {
            Servers.release(server);
        }
    }

    @Override
    public String summary(Map<String, Object> f) {
        if (Boolean.TRUE.equals(f.get("skipped"))) {
            return "skipped: " + f.get("reason");
        }
        return f.get("acceptedPerSecond") + " packages/s through sendEdoc (" + f.get("accepted") + " in "
                + f.get("seconds") + " s), p50/p99 " + f.get("latencyP50Ms") + "/" + f.get("latencyP99Ms")
                + " ms, all " + f.get("deliveredToInbox") + " in the inbox";
    }

    /** Whether a class or resource of the jar under {@code prefix} holds the string. */
    static boolean mentions(Path jar, String prefix, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(entry)) {
                    if (indexOf(in.readAllBytes(), needle) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
