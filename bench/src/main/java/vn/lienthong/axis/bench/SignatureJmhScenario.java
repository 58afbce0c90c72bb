package vn.lienthong.axis.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SignatureVerificationBenchmark} with JMH (one fork, one thread) and reports
 * verifications per second per package size and key type.
 */
final class SignatureJmhScenario implements Scenario {
    @Override
    public String name() {
        return "signature-jmh";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        Options options = new OptionsBuilder()
                .include(SignatureVerificationBenchmark.class.getName())
                .forks(ctx.quick() ? 0 : 1)
                .warmupIterations(ctx.quick() ? 0 : 2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(ctx.quick() ? 1 : 5).measurementTime(TimeValue.seconds(ctx.quick() ? 1 : 3))
                .threads(1)
                .shouldFailOnError(true)
                .build();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            var params = r.getParams();
            String label = params.getParam("size") + " " + params.getParam("key");
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("verificationsPerSecond", Rate.round(r.getPrimaryResult().getScore()));
            f.put("error", Rate.round(r.getPrimaryResult().getScoreError()));
            figures.put(label, f);
        }
        if (figures.isEmpty()) {
            throw new BenchFailure("JMH produced no result");
        }
        return figures;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String summary(Map<String, Object> figures) {
        StringBuilder b = new StringBuilder();
        figures.forEach((label, f) -> {
            if (f instanceof Map<?, ?> m) {
                b.append(label).append(' ').append(((Map<String, Object>) m).get("verificationsPerSecond")).append("/s; ");
            }
        });
        return b.toString().trim();
    }
}
