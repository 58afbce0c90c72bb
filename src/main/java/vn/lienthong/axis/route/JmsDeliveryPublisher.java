package vn.lienthong.axis.route;

import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.DeliveryPublisher;

/**
 * Publishes a delivery through the route {@code ledger-outbox-to-delivery-queue}: one persistent
 * message whose body is the delivery id and whose Artemis duplicate-detection id is
 * {@code delivery-<id>-<generation>}.
 */
@Component
public class JmsDeliveryPublisher implements DeliveryPublisher {
    /** Artemis duplicate-detection header. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private final ProducerTemplate producer;

    public JmsDeliveryPublisher(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void publish(long deliveryId, int generation) {
        producer.sendBodyAndHeaders("direct:publish-delivery", Long.toString(deliveryId),
                Map.of(DUPLICATE_ID, "delivery-" + deliveryId + "-" + generation));
    }
}
