package vn.lienthong.axis.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisException;

/** The duty report's period as the admin API and the console read it. */
class DutyPeriodTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

    @Test
    void givenNothingOrBlanks_thenTheLastSevenDaysOfEveryAgency() {
        for (DutyPeriod p : new DutyPeriod[] {DutyPeriod.of(null, null, null, VIETNAM, NOW),
                DutyPeriod.of(" ", "", "  ", VIETNAM, NOW)}) {
            assertThat(p).isEqualTo(new DutyPeriod(NOW.minus(Duration.ofDays(7)), NOW, null));
        }
    }

    @Test
    void givenDatesAndAnAgency_thenDaysStartInTheCalendarsZoneAndTheCodeIsUpperCase() {
        DutyPeriod p = DutyPeriod.of("2026-05-01", "2026-05-04T08:00:00+07:00", " 000.00.01.h99 ", VIETNAM, NOW);
        assertThat(p.from()).isEqualTo(Instant.parse("2026-04-30T17:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-05-04T01:00:00Z"));
        assertThat(p.agency()).isEqualTo("000.00.01.H99");
    }

    @Test
    void givenABadPeriodOrAgency_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> DutyPeriod.of("2026-05-04", "2026-05-01", null, VIETNAM, NOW))
                .isInstanceOf(AxisException.class).hasMessageContaining("from must be before to");
        assertThatThrownBy(() -> DutyPeriod.of("2024-01-01", "2026-01-01", null, VIETNAM, NOW))
                .hasMessageContaining("366 days");
        assertThatThrownBy(() -> DutyPeriod.of("yesterday", null, null, VIETNAM, NOW)).hasMessageContaining("from must be");
        assertThatThrownBy(() -> DutyPeriod.of(null, null, "x'; drop", VIETNAM, NOW))
                .hasMessageContaining("agency must be an agency code");
    }
}
