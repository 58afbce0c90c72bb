package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;

class JmsDeliveryPublisherTest {

    @Test
    void givenPullCopiesOfOnePackage_thenTheyTravelInBatchesAndOtherRoutesAlone() {
        List<Delivery> copies = new ArrayList<>();
        for (long id = 1; id <= JmsDeliveryPublisher.PULL_BATCH + 2; id++) {
            copies.add(copy(id, "pkg-1", DeliveryRoute.LOCAL_PULL, 0));
        }
        copies.add(copy(900, "pkg-1", DeliveryRoute.LOCAL_PUSH, 1));
        copies.add(copy(901, "pkg-2", DeliveryRoute.LOCAL_PULL, 3));

        List<String> items = JmsDeliveryPublisher.items(copies).stream().map(m -> m.duplicateId() + "/" + m.wireBody())
                .toList();

        assertThat(items).hasSize(4);
        assertThat(items.get(0)).isEqualTo("delivery-900-1/900");
        assertThat(items.get(1)).startsWith("pull-1-500-500-0/1,2,3,").endsWith(",499,500");
        assertThat(items.get(2)).isEqualTo("pull-501-502-2-0/501,502");
        assertThat(items.get(3)).isEqualTo("delivery-901-3/901");
    }

    @Test
    void givenARepublishedBatch_thenItsDuplicateIdDiffersFromTheFirstPublish() {
        List<DeliveryMessage> first = JmsDeliveryPublisher.items(List.of(copy(1, "p", DeliveryRoute.LOCAL_PULL, 0),
                copy(2, "p", DeliveryRoute.LOCAL_PULL, 0)));
        List<DeliveryMessage> again = JmsDeliveryPublisher.items(List.of(copy(1, "p", DeliveryRoute.LOCAL_PULL, 1),
                copy(2, "p", DeliveryRoute.LOCAL_PULL, 1)));

        assertThat(first.get(0).duplicateId()).isNotEqualTo(again.get(0).duplicateId());
    }

    private static Delivery copy(long id, String axisId, DeliveryRoute route, int generation) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Delivery(id, axisId, "000.00.00.H99", route, DeliveryState.QUEUED, 0, generation, null, null, now,
                now, null, null);
    }
}
