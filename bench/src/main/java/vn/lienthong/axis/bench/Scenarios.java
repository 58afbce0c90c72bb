package vn.lienthong.axis.bench;

import java.util.List;

/** Every scenario, in the order they run. */
final class Scenarios {
    private Scenarios() {}

    static List<Scenario> all() {
        return List.of(new PartsScenario(), new SignatureJmhScenario());
    }
}
