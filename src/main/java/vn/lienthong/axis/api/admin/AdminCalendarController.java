package vn.lienthong.axis.api.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.duties.CalendarDays;
import vn.lienthong.axis.duties.CalendarProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The working calendar: the configured defaults and the operators' day overrides (audited). */
@RestController
@RequestMapping("/admin/api/v1/calendar")
public class AdminCalendarController {
    private final CalendarDays days;
    private final AuditLog audit;

    public AdminCalendarController(CalendarDays days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    public record DayBody(Boolean dayOff, String note) {}

    public record CalendarView(String zone, LocalTime workStart, LocalTime workEnd, Set<DayOfWeek> daysOff,
                               List<LocalDate> holidays, List<CalendarDays.Day> overrides) {}

    @GetMapping
    public CalendarView get() {
        CalendarProperties p = days.properties();
        return new CalendarView(p.zone().getId(), p.workStart(), p.workEnd(), p.daysOff(), p.holidays(), days.overrides());
    }

    /** {@code dayOff: true} adds a day off; {@code false} makes a holiday or weekend day a working day. */
    @PutMapping("/days/{day}")
    public CalendarDays.Day put(@PathVariable String day, @RequestBody DayBody body,
                                @AuthenticationPrincipal AdminActor admin) {
        LocalDate d = date(day);
        if (body == null || body.dayOff() == null) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "dayOff (true or false) is required", "dayOff");
        }
        if (body.note() != null && body.note().length() > 200) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "note is at most 200 characters", "note");
        }
        CalendarDays.Day saved = new CalendarDays.Day(d, body.dayOff(), body.note(), admin.name());
        days.put(saved);
        audit.record(admin.name(), "calendar-day-set", d.toString(), body.dayOff() ? "day off" : "working day");
        return saved;
    }

    @DeleteMapping("/days/{day}")
    public ResponseEntity<Void> remove(@PathVariable String day, @AuthenticationPrincipal AdminActor admin) {
        LocalDate d = date(day);
        if (!days.remove(d)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no calendar override for " + d, "day");
        }
        audit.record(admin.name(), "calendar-day-removed", d.toString(), null);
        return ResponseEntity.noContent().build();
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "day must be an ISO date (2026-09-03)", "day");
        }
    }
}
