package vn.lienthong.axis.duties;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code axis_duties{duty, outcome}}: how many duties of the copies of the last
 * {@code axis.duties.metrics-window} are met, late, open or overdue. Labels are bounded (4 x 4);
 * recomputed from the ledger on scrape, at most every {@code metrics-refresh}.
 */
@Component
public class DutyMetrics {
    private final DutyService duties;
    private final DutyProperties props;
    private volatile Map<Duty, Map<Outcome, Long>> snapshot;
    private volatile Instant computedAt = Instant.EPOCH;

    public DutyMetrics(DutyService duties, DutyProperties props, MeterRegistry registry) {
        this.duties = duties;
        this.props = props;
        for (Duty d : Duty.values()) {
            for (Outcome o : Outcome.values()) {
                Gauge.builder("axis.duties", () -> value(d, o))
                        .description("Duties of receipt and handling of local copies, by duty and outcome")
                        .tag("duty", d.wireName()).tag("outcome", o.wireName()).register(registry);
            }
        }
    }

    /** NaN while the ledger cannot be read (the database alert covers that). */
    private double value(Duty d, Outcome o) {
        try {
            return current().get(d).get(o);
        } catch (org.springframework.dao.DataAccessException e) {
            return Double.NaN;
        }
    }

    synchronized Map<Duty, Map<Outcome, Long>> current() {
        Instant now = duties.now();
        if (snapshot == null || now.isAfter(computedAt.plus(props.metricsRefresh())) || now.isBefore(computedAt)) {
            snapshot = compute(now);
            computedAt = now;
        }
        return snapshot;
    }

    private Map<Duty, Map<Outcome, Long>> compute(Instant now) {
        Map<Duty, Map<Outcome, Long>> m = new EnumMap<>(Duty.class);
        for (Duty d : Duty.values()) {
            Map<Outcome, Long> inner = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                inner.put(o, 0L);
            }
            m.put(d, inner);
        }
        WorkingCalendar cal = duties.calendar();
        for (CopyFacts f : duties.copies(now.minus(props.metricsWindow()), now, null)) {
            for (DutyCheck c : DutyCheck.evaluate(f, cal, now)) {
                m.get(c.duty()).merge(c.outcome(), 1L, Long::sum);
            }
        }
        return m;
    }
}
