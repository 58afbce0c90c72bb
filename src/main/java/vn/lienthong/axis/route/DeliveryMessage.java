package vn.lienthong.axis.route;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One message of the delivery queue before it is sent: Artemis' duplicate id, the delivery ids it
 * carries (one copy, or up to {@link JmsDeliveryPublisher#PULL_BATCH} local pull copies of one
 * package) and, for a single copy, the generation it was published for (null for a batch).
 */
public record DeliveryMessage(String duplicateId, List<Long> ids, Integer generation) {
    public DeliveryMessage {
        ids = List.copyOf(ids);
    }

    /** The JMS text body: the ids joined by commas (what {@link DispatchStep#load} reads). */
    public String wireBody() {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
