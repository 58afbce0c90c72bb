package vn.lienthong.axis.route;

import org.springframework.stereotype.Component;
import vn.lienthong.axis.duties.DutySummary;
import vn.lienthong.axis.jobs.SingletonJobs;

/** Sends the daily duty summary from the timer route, on the one node holding its lock. */
@Component
public class DutySummaryStep {
    static final String JOB = "duty-summary";
    private final DutySummary summary;
    private final SingletonJobs jobs;

    public DutySummaryStep(DutySummary summary, SingletonJobs jobs) {
        this.summary = summary;
        this.jobs = jobs;
    }

    /** True when the day's summary was sent by this run. */
    public boolean send() {
        if (!summary.properties().enabled()) {
            return false;
        }
        return jobs.runOnce(JOB, summary.properties().checkPeriod(), summary::sendIfDue, false);
    }
}
