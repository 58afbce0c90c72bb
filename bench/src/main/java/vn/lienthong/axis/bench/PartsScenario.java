package vn.lienthong.axis.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scenario 5: what the parts alone achieve on this machine, on the same data sizes as intake. */
final class PartsScenario implements Scenario {
    @Override
    public String name() {
        return "parts";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fsyncWrites", FsyncPart.measure(ctx.workDir(), ctx.count(2000, 100), 140 * 1024));
        m.put("artemisPersistent", ArtemisPart.measure(ctx.workDir(), ctx.count(20000, 500), 512));
        m.put("emptyHttp", HttpPart.measure(8, ctx.measureFor(Duration.ofSeconds(20))));
        return m;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String summary(Map<String, Object> f) {
        var fs = (Map<String, Object>) f.get("fsyncWrites");
        var mq = (Map<String, Object>) f.get("artemisPersistent");
        var http = (Map<String, Object>) f.get("emptyHttp");
        return "fsync " + fs.get("filesPerSecond") + " files/s (" + fs.get("megabytesPerSecond") + " MB/s), "
                + "artemis " + mq.get("sendReceivePerSecond") + " msg/s, "
                + "empty http " + http.get("requestsPerSecond") + " req/s";
    }
}
