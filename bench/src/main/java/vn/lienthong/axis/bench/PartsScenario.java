package vn.lienthong.axis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5: what the parts alone achieve on this machine, on the same data sizes as intake, and the
 * ratio of intake's accepted packages/s (from {@code intake.json}, when intake ran in this run) to the
 * slowest part.
 */
final class PartsScenario implements Scenario {
    @Override
    public String name() {
        return "parts";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        BenchPackages packages = new BenchPackages(ctx.workDir().resolve("packages-parts"));
        Path pdf = packages.signedPdf(100 * 1024);
        Path pkg = packages.signedDocument("parts", List.of(BenchPackages.PULL_RECIPIENT), pdf);
        Duration verifyFor = ctx.measureFor(Duration.ofSeconds(10));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fsyncWrites", FsyncPart.measure(ctx.workDir(), ctx.count(2000, 100), 140 * 1024));
        m.put("artemisPersistent", ArtemisPart.measure(ctx.workDir(), ctx.count(20000, 500), 512));
        m.put("emptyHttp", HttpPart.measure(8, ctx.measureFor(Duration.ofSeconds(20))));
        m.put("xmlDsigVerify1Thread", VerifyPart.measure(pkg, 1, verifyFor));
        m.put("xmlDsigVerify2Threads", VerifyPart.measure(pkg, 2, verifyFor));
        m.put("verifiedPackageBytes", Files.size(pkg));
        m.put("cpuMsPerPackage", PartCosts.measure(ctx.workDir(), pkg, pdf, ctx.count(500, 50)));
        ratio(ctx, m);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void ratio(BenchContext ctx, Map<String, Object> m) throws Exception {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("fsyncWrites", num(((Map<String, Object>) m.get("fsyncWrites")).get("filesPerSecond")));
        rates.put("artemisPersistent", num(((Map<String, Object>) m.get("artemisPersistent")).get("sendReceivePerSecond")));
        rates.put("emptyHttp", num(((Map<String, Object>) m.get("emptyHttp")).get("requestsPerSecond")));
        rates.put("xmlDsigVerify2Threads", num(((Map<String, Object>) m.get("xmlDsigVerify2Threads")).get("perSecond")));
        var slowest = rates.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        m.put("slowestPart", slowest.getKey());
        m.put("slowestPartPerSecond", slowest.getValue());
        Path intake = ctx.workDir().resolve("intake.json");
        java.time.Instant runStart = ProcessHandle.current().info().startInstant().orElse(java.time.Instant.EPOCH);
        if (Files.isRegularFile(intake) && Files.getLastModifiedTime(intake).toInstant().isAfter(runStart)) {
            Map<String, Object> i = new ObjectMapper().readValue(intake.toFile(), Map.class);
            double accepted = num(i.get("acceptedPerSecond"));
            m.put("intakeAcceptedPerSecond", accepted);
            m.put("intakeToSlowestPartRatio", Math.round(accepted / slowest.getValue() * 1000) / 1000.0);
            // from the percentage (0.1 % of the machine) rather than the cores (rounded to 0.1 core)
            double intakeCpuMs = num(i.get("serverCpuPercentOfMachine")) / 100
                    * Runtime.getRuntime().availableProcessors() * 1000 / accepted;
            double partsMs = num(((Map<String, Object>) m.get("cpuMsPerPackage")).get("sumMs"));
            m.put("intakeCpuMsPerPackage", Rate.round3(intakeCpuMs));
            m.put("intakeCpuToSumOfPartsRatio", Rate.round(intakeCpuMs / partsMs));
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public String summary(Map<String, Object> f) {
        var fs = (Map<String, Object>) f.get("fsyncWrites");
        var mq = (Map<String, Object>) f.get("artemisPersistent");
        var http = (Map<String, Object>) f.get("emptyHttp");
        var v1 = (Map<String, Object>) f.get("xmlDsigVerify1Thread");
        var v2 = (Map<String, Object>) f.get("xmlDsigVerify2Threads");
        return "fsync " + fs.get("filesPerSecond") + " files/s (" + fs.get("megabytesPerSecond") + " MB/s), "
                + "artemis " + mq.get("sendReceivePerSecond") + " msg/s, "
                + "empty http " + http.get("requestsPerSecond") + " req/s, "
                + "xml-dsig verify " + v1.get("perSecond") + "/s (1 thread) " + v2.get("perSecond") + "/s (2 threads); "
                + "slowest " + f.get("slowestPart") + "; intake/slowest = "
                + f.getOrDefault("intakeToSlowestPartRatio", "n/a (intake did not run)") + "; CPU ms per package of the parts "
                + f.get("cpuMsPerPackage") + ", intake CPU per package " + f.getOrDefault("intakeCpuMsPerPackage", "n/a")
                + " ms = " + f.getOrDefault("intakeCpuToSumOfPartsRatio", "n/a") + " x the sum of parts";
    }
}
