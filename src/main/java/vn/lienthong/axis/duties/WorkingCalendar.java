package vn.lienthong.axis.duties;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Working days and hours in one zone. A duty that arises at {@code t} is due by the end of that
 * working day if {@code t} falls on a working day before the end of working hours (an arrival before
 * the start counts for that day); otherwise by the end of the next working day.
 */
public final class WorkingCalendar {
    /** Guard against a calendar with no working day within reach (every day overridden off). */
    private static final int MAX_SEARCH_DAYS = 400;
    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> daysOff;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, Boolean> overrides;

    /** @param overrides operator decisions per day: true = day off, false = working day (wins over the rest) */
    public WorkingCalendar(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> daysOff,
                           Set<LocalDate> holidays, Map<LocalDate, Boolean> overrides) {
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.daysOff = Set.copyOf(daysOff);
        this.holidays = Set.copyOf(holidays);
        this.overrides = Map.copyOf(overrides);
    }

    public static WorkingCalendar of(CalendarProperties p, Map<LocalDate, Boolean> overrides) {
        return new WorkingCalendar(p.zone(), p.workStart(), p.workEnd(), p.daysOff(), Set.copyOf(p.holidays()),
                overrides);
    }

    public ZoneId zone() { return zone; }

    public boolean isWorkingDay(LocalDate day) {
        Boolean off = overrides.get(day);
        if (off != null) {
            return !off;
        }
        return !daysOff.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** True if {@code t} falls within working hours of a working day. */
    public boolean isWorkingTime(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalTime time = z.toLocalTime();
        return isWorkingDay(z.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** The deadline of a same-day duty that arises at {@code t}. */
    public Instant endOfWorkingDay(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        LocalDate day = z.toLocalDate();
        if (isWorkingDay(day) && z.toLocalTime().isBefore(end)) {
            return endOf(day);
        }
        return endOf(nextWorkingDay(day));
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < MAX_SEARCH_DAYS && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** End of working hours of {@code day}. */
    public Instant endOf(LocalDate day) {
        return day.atTime(end).atZone(zone).toInstant();
    }
}
