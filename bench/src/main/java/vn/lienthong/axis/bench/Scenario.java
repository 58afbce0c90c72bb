package vn.lienthong.axis.bench;

import java.util.Map;

/** One benchmark scenario. Throws {@link BenchFailure} when it cannot produce an honest figure. */
public interface Scenario {
    String name();

    /** Runs the scenario and returns its figures (JSON-serialisable values). */
    Map<String, Object> run(BenchContext context) throws Exception;

    /** A one-line summary of the figures. */
    String summary(Map<String, Object> figures);
}
