package vn.lienthong.axis.duties;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The working calendar ({@code axis.calendar.*}). Defaults: Asia/Ho_Chi_Minh, 07:30–17:00 (the usual
 * office hours of state agencies; set your province's own), Saturday and Sunday off, and the 2026
 * public holidays (Labour Code 2019 Art. 112; Tết and 2 September dates as fixed for 2026 — see
 * docs/duties.md). Operators add or cancel days through {@code /admin/api/v1/calendar/days}.
 *
 * @param zone     the zone the working day is counted in
 * @param workStart start of working hours
 * @param workEnd   end of working hours: the deadline of a same-day duty
 * @param daysOff  weekly days off
 * @param holidays public holidays (the default list; the admin API edits on top of it)
 */
@Validated
@ConfigurationProperties("axis.calendar")
public record CalendarProperties(@DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone,
                                 @DefaultValue("07:30") @NotNull LocalTime workStart,
                                 @DefaultValue("17:00") @NotNull LocalTime workEnd,
                                 @DefaultValue({"SATURDAY", "SUNDAY"}) @NotNull Set<DayOfWeek> daysOff,
                                 @DefaultValue({"2026-01-01",
                                         "2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18",
                                         "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22",
                                         "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01",
                                         "2026-09-01", "2026-09-02"}) @NotNull List<LocalDate> holidays) {

    public CalendarProperties {
        if (workStart != null && workEnd != null && !workStart.isBefore(workEnd)) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.calendar.work-start (" + workStart
                    + ") must be before axis.calendar.work-end (" + workEnd + ")", "axis.calendar.work-start");
        }
        if (daysOff != null && daysOff.size() >= 7) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.calendar.days-off leaves no working day",
                    "axis.calendar.days-off");
        }
        daysOff = daysOff == null ? Set.of() : Set.copyOf(daysOff);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
