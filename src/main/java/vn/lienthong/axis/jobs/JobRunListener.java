package vn.lienthong.axis.jobs;

import java.time.Instant;

/** Told of every run of a periodic job on this node (metrics; tests record them). */
public interface JobRunListener {
    /** {@code job} ran on {@code node} from {@code start} to {@code end}; {@code failed} if it threw. */
    void ran(String job, String node, Instant start, Instant end, boolean failed);
}
