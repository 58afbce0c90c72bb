package vn.lienthong.axis.faults;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.faults.FaultInjector.Fault;
import vn.lienthong.axis.faults.FaultInjector.Kind;

/** The campaign's figures as Markdown, and its verdict. */
record CampaignReport(CampaignConfig config, Senders senders, List<Fault> faults, List<Verdict> verdicts,
                      Map<String, Integer> copies, int notInFinalState, long sendingMillis, long convergenceMillis) {

    boolean clean() {
        return verdicts.stream().allMatch(Verdict::clean) && notInFinalState == 0 && senders.refused().isEmpty()
                && senders.acknowledgedCount() == config.packages() && faults.stream().allMatch(Fault::recovered);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("## Fault campaign: ").append(clean() ? "CLEAN" : "FAILED").append("\n\n")
                .append(String.format("Seed %d; %d packages, %d acknowledged, %d refused; %d attempts, failed: %s;"
                                + " sending and faults %.1f min, convergence %.1f min%n%n", config.seed(),
                        config.packages(), senders.acknowledgedCount(), senders.refused().size(), senders.attempts(),
                        senders.failures(), sendingMillis / 60000.0, convergenceMillis / 60000.0))
                .append("| Destination | expected | received | lost | duplicated | unexpected | repeated pushes (same X-Axis-Id) |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Verdict v : verdicts) {
            sb.append(String.format("| %s | %d | %d | %d | %d | %d | %d |%n", v.destination(), v.expected(), v.received(),
                    v.lost(), v.duplicated(), v.unexpected(), v.repeatedPushes()));
        }
        sb.append("\nCopies not in a final state: ").append(notInFinalState).append(" (by recipient and state: ")
                .append(copies).append(")\n\n")
                .append("Faults planned: ").append(config.faults()).append("\n\n")
                .append("| Fault | injected | recovered | time to recover p50 | max |\n| --- | ---: | ---: | ---: | ---: |\n");
        Map<Kind, List<Fault>> byKind = new EnumMap<>(Kind.class);
        faults.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new java.util.ArrayList<>()).add(f));
        byKind.forEach((kind, list) -> {
            long[] times = list.stream().filter(Fault::recovered).mapToLong(Fault::recoveryMillis).sorted().toArray();
            sb.append(String.format("| %s | %d | %d | %s | %s |%n", kind, list.size(), times.length,
                    times.length == 0 ? "-" : seconds(times[(times.length - 1) / 2]),
                    times.length == 0 ? "-" : seconds(times[times.length - 1])));
        });
        if (!senders.refused().isEmpty()) {
            sb.append("\nRefused: ").append(senders.refused()).append('\n');
        }
        return sb.toString();
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
