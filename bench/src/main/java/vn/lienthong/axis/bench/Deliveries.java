package vn.lienthong.axis.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Counting that accepted packages reached their recipients. */
final class Deliveries {
    private Deliveries() {}

    /** Waits until every id of {@code expected} is listed in the agency's inbox; returns the ids still missing. */
    static Set<String> awaitInInbox(AxisClient client, String token, String agency, Set<String> expected,
                                    Duration timeout) throws Exception {
        Set<String> missing = new HashSet<>(expected);
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            client.wholeInbox(token, agency).forEach(i -> missing.remove(i.axisId()));
            if (missing.isEmpty() || System.nanoTime() > end) {
                return missing;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
