package vn.lienthong.axis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AxisIdsTest {

    @Test
    void givenTheTime_thenAVersion7UuidWhoseFirst48BitsAreTheMillisecondsAndTheRestRandom() {
        long at = 1_796_000_000_123L;
        UUID id = UUID.fromString(AxisIds.next(at));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(AxisIds.next(at));
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void givenIdsAMillisecondApart_thenTheySortInTimeOrderAsText() {
        String earlier = AxisIds.next(1_796_000_000_123L);
        String later = AxisIds.next(1_796_000_000_124L);

        assertThat(earlier).isLessThan(later).hasSize(36);
    }
}
