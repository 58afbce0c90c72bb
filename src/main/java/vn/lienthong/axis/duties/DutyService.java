package vn.lienthong.axis.duties;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Builds duty reports from the ledger against the working calendar. */
@Service
public class DutyService {
    private final DutyLedger ledger;
    private final CalendarDays calendar;
    private final Clock clock;

    public DutyService(DutyLedger ledger, CalendarDays calendar, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() { return clock.instant(); }

    public WorkingCalendar calendar() { return calendar.calendar(); }

    public List<CopyFacts> copies(Instant from, Instant to, String agency) {
        return ledger.copies(from, to, agency);
    }

    /** Each copy available in [from, to), for all agencies, as it is read. */
    public void forEachCopy(Instant from, Instant to, java.util.function.Consumer<CopyFacts> each) {
        ledger.forEachCopy(from, to, null, each);
    }

    public List<CopyFacts> copiesOf(String axisId) {
        return ledger.copiesOf(axisId);
    }

    /** The period a person asks for, read against the calendar's zone and the current time. */
    public DutyPeriod period(String from, String to, String agency) {
        return DutyPeriod.of(from, to, agency, calendar().zone(), now());
    }

    public List<DutyCheck> checks(DutyPeriod p) {
        return DutyReport.checks(calendar(), copies(p.from(), p.to(), p.agency()), now());
    }

    public DutyReport report(DutyPeriod p) {
        return report(p.from(), p.to(), p.agency());
    }

    public DutyReport report(Instant from, Instant to, String agency) {
        return DutyReport.of(from, to, agency, now(), calendar(), copies(from, to, agency));
    }
}
