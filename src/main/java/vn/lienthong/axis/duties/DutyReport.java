package vn.lienthong.axis.duties;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The duty report of a period: per agency and overall, how many copies met each duty, how many were
 * late (and by how long), and the open and late duties themselves.
 */
public record DutyReport(Instant from, Instant to, String agency, Instant asOf, String zone, Map<String, Tally> overall,
                         List<AgencyTally> agencies, List<Item> open, List<Item> late) {

    /** Counts of one duty. Late durations cover LATE and OVERDUE. */
    public record Tally(long met, long late, long open, long overdue, long lateSecondsTotal, long lateSecondsMax) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(DutyCheck c) {
            long s = c.late().toSeconds();
            return new Tally(met + (c.outcome() == Outcome.MET ? 1 : 0), late + (c.outcome() == Outcome.LATE ? 1 : 0),
                    open + (c.outcome() == Outcome.OPEN ? 1 : 0), overdue + (c.outcome() == Outcome.OVERDUE ? 1 : 0),
                    lateSecondsTotal + s, Math.max(lateSecondsMax, s));
        }
    }

    public record AgencyTally(String agency, Map<String, Tally> duties) {}

    /** One duty of one copy. {@code late} is ISO-8601 (PT1H5M), {@code lateSeconds} the same in seconds. */
    public record Item(String recipient, String documentId, String sender, String axisId, String duty,
                       Instant availableAt, Instant due, Instant doneAt, String outcome, String late, long lateSeconds) {
        static Item of(DutyCheck c) {
            CopyFacts f = c.copy();
            return new Item(f.recipient(), f.documentId(), f.sender(), f.axisId(), c.duty().wireName(),
                    f.availableAt(), c.due(), c.doneAt(), c.outcome().wireName(), c.late().toString(),
                    c.late().toSeconds());
        }
    }

    public static DutyReport of(Instant from, Instant to, String agency, Instant asOf, WorkingCalendar cal,
                                List<CopyFacts> copies) {
        Map<Duty, Tally> overall = new EnumMap<>(Duty.class);
        Map<String, Map<Duty, Tally>> byAgency = new TreeMap<>();
        List<Item> open = new ArrayList<>();
        List<Item> late = new ArrayList<>();
        for (CopyFacts f : copies) {
            for (DutyCheck c : DutyCheck.evaluate(f, cal, asOf)) {
                overall.merge(c.duty(), Tally.ZERO.plus(c), (a, b) -> a.plus(c));
                byAgency.computeIfAbsent(f.recipient(), k -> new EnumMap<>(Duty.class))
                        .merge(c.duty(), Tally.ZERO.plus(c), (a, b) -> a.plus(c));
                if (c.outcome() == Outcome.OPEN || c.outcome() == Outcome.OVERDUE) {
                    open.add(Item.of(c));
                }
                if (c.outcome() == Outcome.LATE || c.outcome() == Outcome.OVERDUE) {
                    late.add(Item.of(c));
                }
            }
        }
        List<AgencyTally> agencies = byAgency.entrySet().stream()
                .map(e -> new AgencyTally(e.getKey(), named(e.getValue()))).toList();
        return new DutyReport(from, to, agency, asOf, cal.zone().getId(), named(overall), agencies, open, late);
    }

    private static Map<String, Tally> named(Map<Duty, Tally> m) {
        Map<String, Tally> out = new java.util.LinkedHashMap<>();
        for (Duty d : Duty.values()) {
            out.put(d.wireName(), m.getOrDefault(d, Tally.ZERO));
        }
        return out;
    }

    /** Every duty check of the report, for the CSV. */
    public static List<DutyCheck> checks(WorkingCalendar cal, List<CopyFacts> copies, Instant asOf) {
        return copies.stream().flatMap(f -> DutyCheck.evaluate(f, cal, asOf).stream()).toList();
    }
}
