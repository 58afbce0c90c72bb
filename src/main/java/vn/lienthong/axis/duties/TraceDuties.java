package vn.lienthong.axis.duties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.Trace;

/** The duty state of each local copy of a package as it stands now, for the sender's trace. */
@Component
public class TraceDuties implements Trace.DutyLookup {
    private final DutyService duties;

    public TraceDuties(DutyService duties) {
        this.duties = duties;
    }

    @Override
    public Map<Long, List<Trace.DutyState>> of(String axisId) {
        Map<Long, List<Trace.DutyState>> out = new LinkedHashMap<>();
        WorkingCalendar calendar = duties.calendar();
        for (CopyFacts copy : duties.copiesOf(axisId)) {
            out.put(copy.deliveryId(), DutyCheck.evaluate(copy, calendar, duties.now()).stream()
                    .map(TraceDuties::state).toList());
        }
        return out;
    }

    private static Trace.DutyState state(DutyCheck c) {
        return new Trace.DutyState(c.duty().wireName(), c.due(), c.doneAt(), c.outcome().wireName(),
                c.late().toString(), c.late().toSeconds());
    }
}
