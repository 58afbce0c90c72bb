package vn.lienthong.axis.faults;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.axis.cluster.Inboxes;

/**
 * What one destination received against what the senders were told was accepted. For a push recipient,
 * two different {@code X-Axis-Id}s for one document are a duplicate, while the same id pushed again is
 * a repeated push (at-least-once, de-duplicated by the recipient) and counted apart.
 */
record Verdict(String destination, int expected, int received, int lost, int duplicated, int unexpected,
               int repeatedPushes) {

    boolean clean() {
        return lost == 0 && duplicated == 0 && unexpected == 0;
    }

    static Verdict ofInbox(String destination, List<String> listed, Collection<String> expected) {
        Inboxes.Count c = Inboxes.count(listed, expected);
        return new Verdict(destination, expected.size(), c.listed(), c.lost(), c.duplicated(), c.unexpected(), 0);
    }

    /** {@code expected}: document id → the axisId its acknowledgement carried. */
    static Verdict ofPushLog(String destination, List<PushRecipient.Push> log, Map<String, String> expected) {
        Map<String, Set<String>> idsByDocument = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (PushRecipient.Push p : log) {
            idsByDocument.computeIfAbsent(p.documentId(), d -> new HashSet<>()).add(p.axisId());
            pairs.add(p.documentId() + " " + p.axisId());
        }
        int duplicated = 0;
        int unexpected = 0;
        for (Map.Entry<String, Set<String>> e : idsByDocument.entrySet()) {
            duplicated += e.getValue().size() - 1;
            String acknowledgedAs = expected.get(e.getKey());
            if (acknowledgedAs == null || !e.getValue().contains(acknowledgedAs)) {
                unexpected++;
            }
        }
        int lost = (int) expected.keySet().stream().filter(d -> !idsByDocument.containsKey(d)).count();
        return new Verdict(destination, expected.size(), idsByDocument.size(), lost, duplicated, unexpected,
                log.size() - pairs.size());
    }
}
