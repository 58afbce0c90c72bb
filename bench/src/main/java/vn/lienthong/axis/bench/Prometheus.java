package vn.lienthong.axis.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** Counter snapshots from {@code /actuator/prometheus}, for "what did this step create" deltas. */
final class Prometheus {
    private Prometheus() {}

    /** Series whose name starts with one of {@code prefixes}, keyed by {@code name{labels}}. */
    static Map<String, Double> snapshot(AxisServer server, String... prefixes) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> m = new TreeMap<>();
        for (String line : body.split("\n")) {
            for (String p : prefixes) {
                if (line.startsWith(p)) {
                    int space = line.lastIndexOf(' ');
                    m.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
        }
        return m;
    }

    /** after − before, leaving out series that did not change. */
    static Map<String, Long> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Long> d = new TreeMap<>();
        after.forEach((k, v) -> {
            long change = Math.round(v - before.getOrDefault(k, 0.0));
            if (change != 0) {
                d.put(k, change);
            }
        });
        return d;
    }
}
