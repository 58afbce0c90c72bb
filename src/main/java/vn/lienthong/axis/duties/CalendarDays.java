package vn.lienthong.axis.duties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The working calendar: the configuration plus the operators' day overrides (table calendar_day). */
@Component
public class CalendarDays {
    private final JdbcClient jdbc;
    private final CalendarProperties props;
    private volatile WorkingCalendar current;

    public CalendarDays(JdbcClient jdbc, CalendarProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    /** One operator decision: {@code dayOff} true adds a day off, false makes the day a working day. */
    public record Day(LocalDate day, boolean dayOff, String note, String updatedBy) {}

    public List<Day> overrides() {
        return jdbc.sql("select calendar_date, day_off, note, updated_by from calendar_day order by calendar_date")
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    public void put(Day d) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("update calendar_day set day_off = ?, note = ?, updated_by = ?, updated_at = ? where calendar_date = ?")
                .params(d.dayOff(), d.note(), d.updatedBy(), now, d.day()).update() == 0) {
            jdbc.sql("insert into calendar_day (calendar_date, day_off, note, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(d.day(), d.dayOff(), d.note(), d.updatedBy(), now).update();
        }
        current = null;
    }

    public boolean remove(LocalDate day) {
        boolean removed = jdbc.sql("delete from calendar_day where calendar_date = ?").param(day).update() == 1;
        current = null;
        return removed;
    }

    /** The calendar now in force (rebuilt after an operator change). */
    public WorkingCalendar calendar() {
        WorkingCalendar c = current;
        if (c == null) {
            Map<LocalDate, Boolean> o = overrides().stream().collect(Collectors.toMap(Day::day, Day::dayOff));
            c = WorkingCalendar.of(props, o);
            current = c;
        }
        return c;
    }

    public CalendarProperties properties() { return props; }
}
