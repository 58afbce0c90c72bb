package vn.lienthong.axis.duties;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One duty of one copy, evaluated at a point in time.
 *
 * @param late how late it was done (LATE) or is so far (OVERDUE); zero otherwise
 */
public record DutyCheck(CopyFacts copy, Duty duty, Instant due, Instant doneAt, Outcome outcome, Duration late) {

    /** The duties of {@code c} against {@code cal}, as they stand at {@code now}. */
    public static List<DutyCheck> evaluate(CopyFacts c, WorkingCalendar cal, Instant now) {
        Instant sameDay = cal.endOfWorkingDay(c.availableAt());
        List<DutyCheck> out = new ArrayList<>(4);
        out.add(check(c, Duty.RECEIVED, sameDay, c.receivedAt(), now));
        out.add(check(c, Duty.ARRIVED, sameDay, c.arrivedAt(), now));
        out.add(check(c, Duty.REGISTERED, sameDay, c.registeredAt(), now));
        if (c.dueDate() != null) {
            out.add(check(c, Duty.COMPLETED, cal.endOf(c.dueDate()), c.completedAt(), now));
        }
        return out;
    }

    static DutyCheck check(CopyFacts c, Duty duty, Instant due, Instant done, Instant now) {
        if (done != null) {
            return done.isAfter(due) ? new DutyCheck(c, duty, due, done, Outcome.LATE, Duration.between(due, done))
                    : new DutyCheck(c, duty, due, done, Outcome.MET, Duration.ZERO);
        }
        return now.isAfter(due) ? new DutyCheck(c, duty, due, null, Outcome.OVERDUE, Duration.between(due, now))
                : new DutyCheck(c, duty, due, null, Outcome.OPEN, Duration.ZERO);
    }
}
