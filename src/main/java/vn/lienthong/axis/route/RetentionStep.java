package vn.lienthong.axis.route;

import org.springframework.stereotype.Component;
import vn.lienthong.axis.jobs.SingletonJobs;
import vn.lienthong.axis.retention.Retention;
import vn.lienthong.axis.retention.RetentionProperties;

/** Runs the retention job from the timer route, on the one node holding its lock; nothing when disabled. */
@Component
public class RetentionStep {
    static final String JOB = "retention";
    private final Retention retention;
    private final RetentionProperties props;
    private final SingletonJobs jobs;

    public RetentionStep(Retention retention, RetentionProperties props, SingletonJobs jobs) {
        this.retention = retention;
        this.props = props;
        this.jobs = jobs;
    }

    public Retention.Run run() {
        return props.enabled() ? jobs.runOnce(JOB, props.checkPeriod(), retention::run, null) : null;
    }
}
