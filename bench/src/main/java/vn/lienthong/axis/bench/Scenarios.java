package vn.lienthong.axis.bench;

import java.util.List;

/** Every scenario, in the order they run (parts last: it reads intake's figure for the ratio). */
final class Scenarios {
    private Scenarios() {}

    static List<Scenario> all() {
        return List.of(new IntakeScenario(), new EndToEndScenario(), new FanOutScenario(), new LargeScenario(),
                new PartsScenario(), new SignatureJmhScenario(), new VxpScenario(), new DirectoryLookupScenario(), new ScaleScenario(),
                new ClusterIntakeScenario(), new ClusterEndToEndScenario());
    }
}
