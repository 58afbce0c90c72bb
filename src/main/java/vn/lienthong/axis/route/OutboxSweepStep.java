package vn.lienthong.axis.route;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.jobs.SingletonJobs;
import vn.lienthong.axis.ledger.Outbox;

/** Runs the outbox recovery sweep from the timer route, on the one node holding its lock. */
@Component
public class OutboxSweepStep {
    private final Outbox outbox;
    private final SingletonJobs jobs;
    private final Duration period;

    public OutboxSweepStep(Outbox outbox, SingletonJobs jobs, AxisProperties props) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.period = props.delivery().sweepPeriod();
    }

    /** Returns how many deliveries were re-published (0 when another node holds the sweep). */
    public int sweep() {
        return jobs.runOnce(SingletonJobs.OUTBOX_SWEEP, period, outbox::sweep, 0);
    }
}
