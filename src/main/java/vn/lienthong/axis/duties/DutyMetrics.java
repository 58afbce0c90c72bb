package vn.lienthong.axis.duties;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.jobs.PeriodicJob;

/**
 * Gauges {@code axis_duties{duty, outcome}}: how many duties of the copies of the last
 * {@code axis.duties.metrics-window} are met, late, open or overdue. Labels are bounded (4 x 4).
 * Recomputed from the ledger every {@code metrics-refresh} on a thread of its own: a scrape reads the last
 * result and never waits on the ledger (NaN before the first result and while the ledger cannot be read).
 */
@Component
public class DutyMetrics implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DutyMetrics.class);
    private final DutyService duties;
    private final DutyProperties props;
    private volatile Map<Duty, Map<Outcome, Long>> snapshot;
    private final PeriodicJob job = new PeriodicJob("duty-metrics", log, "Could not count the duties for axis_duties");

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

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(props.metricsRefresh(), this::refreshOrForget);
    }

    private double value(Duty d, Outcome o) {
        Map<Duty, Map<Outcome, Long>> s = snapshot;
        return s == null ? Double.NaN : s.get(d).get(o);
    }

    /** Recomputes the gauges now. */
    void refresh() {
        snapshot = compute(duties.now());
    }

    /** A failed count leaves the gauges empty (NaN) rather than showing the last one as current. */
    private void refreshOrForget() {
        try {
            refresh();
        } catch (RuntimeException e) {
            snapshot = null;
            throw e;
        }
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
        duties.forEachCopy(now.minus(props.metricsWindow()), now, f -> {
            for (DutyCheck c : DutyCheck.evaluate(f, cal, now)) {
                m.get(c.duty()).merge(c.outcome(), 1L, Long::sum);
            }
        });
        return m;
    }

    @Override
    public void destroy() {
        job.close();
    }
}
