package vn.lienthong.axis.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisException;

class WorkingCalendarTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CalendarProperties DEFAULTS = new CalendarProperties(VN, LocalTime.of(7, 30),
            LocalTime.of(17, 0), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-15"),
            LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-18"),
            LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-21"),
            LocalDate.parse("2026-02-22"), LocalDate.parse("2026-04-26"), LocalDate.parse("2026-04-27"),
            LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"), LocalDate.parse("2026-09-01"),
            LocalDate.parse("2026-09-02")));
    private final WorkingCalendar cal = WorkingCalendar.of(DEFAULTS, Map.of());

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    @Test
    void givenArrivalDuringWorkingHours_thenDueAtFiveTheSameDay() {
        assertThat(cal.endOfWorkingDay(vn("2026-12-04T10:00"))).isEqualTo(vn("2026-12-04T17:00"));
        assertThat(cal.endOfWorkingDay(vn("2026-12-04T16:59:59"))).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void givenArrivalBeforeWorkStartOnAWorkingDay_thenDueTheEndOfThatDay() {
        assertThat(cal.endOfWorkingDay(vn("2026-12-07T06:00"))).isEqualTo(vn("2026-12-07T17:00"));
        assertThat(cal.isWorkingTime(vn("2026-12-07T07:29"))).isFalse();
        assertThat(cal.isWorkingTime(vn("2026-12-07T07:30"))).isTrue();
    }

    @Test
    void givenArrivalFridayAtOrAfterFive_thenDueMondayAtFive() {
        assertThat(cal.endOfWorkingDay(vn("2026-12-04T17:00"))).isEqualTo(vn("2026-12-07T17:00"));
        assertThat(cal.endOfWorkingDay(vn("2026-12-04T23:59"))).isEqualTo(vn("2026-12-07T17:00"));
    }

    @Test
    void givenArrivalOnTheWeekend_thenDueMondayAtFive() {
        assertThat(cal.endOfWorkingDay(vn("2026-12-05T09:00"))).isEqualTo(vn("2026-12-07T17:00"));
        assertThat(cal.endOfWorkingDay(vn("2026-12-06T16:00"))).isEqualTo(vn("2026-12-07T17:00"));
    }

    @Test
    void givenArrivalBeforeTheApril30AndMay1Holidays_thenDueAfterHolidaysAndWeekend() {
        assertThat(cal.endOfWorkingDay(vn("2026-04-29T18:00"))).isEqualTo(vn("2026-05-04T17:00"));
        assertThat(cal.endOfWorkingDay(vn("2026-04-30T10:00"))).isEqualTo(vn("2026-05-04T17:00"));
    }

    @Test
    void givenHungKingsOnSundayWithMondayInLieu_thenFridayEveningIsDueTuesday() {
        assertThat(cal.endOfWorkingDay(vn("2026-04-24T16:59"))).isEqualTo(vn("2026-04-24T17:00"));
        assertThat(cal.endOfWorkingDay(vn("2026-04-24T17:01"))).isEqualTo(vn("2026-04-28T17:00"));
    }

    @Test
    void givenTetHoliday_thenArrivalTheEveningBeforeIsDueTheFirstDayBack() {
        assertThat(cal.endOfWorkingDay(vn("2026-02-13T17:30"))).isEqualTo(vn("2026-02-23T17:00"));
    }

    @Test
    void givenOperatorOverrides_thenAWorkedSaturdayAndAnAddedDayOffApply() {
        WorkingCalendar c = WorkingCalendar.of(DEFAULTS, Map.of(LocalDate.parse("2026-12-05"), false,
                LocalDate.parse("2026-12-07"), true));
        assertThat(c.endOfWorkingDay(vn("2026-12-05T09:00"))).isEqualTo(vn("2026-12-05T17:00"));
        assertThat(c.endOfWorkingDay(vn("2026-12-05T17:00"))).isEqualTo(vn("2026-12-08T17:00"));
    }

    @Test
    void givenUtcInstantLateInTheEvening_thenTheVietnameseDateCounts() {
        // 2026-12-06T23:30Z is Monday 06:30 in Hanoi: due Monday 17:00 there, 10:00Z.
        assertThat(cal.endOfWorkingDay(Instant.parse("2026-12-06T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void givenWorkEndNotAfterStart_thenConfigurationIsRefused() {
        assertThatThrownBy(() -> new CalendarProperties(VN, LocalTime.of(17, 0), LocalTime.of(7, 30), Set.of(), List.of()))
                .isInstanceOf(AxisException.class).hasMessageContaining("work-start");
    }
}
