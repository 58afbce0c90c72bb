package vn.lienthong.axis.route;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryPublisher;

/**
 * Publishes deliveries through the route {@code ledger-outbox-to-delivery-queue}, which splits the
 * list and sends in parallel (the broker's journal then syncs many durable sends at once): one
 * persistent message per delivery, body = delivery id, {@code _AMQ_DUPL_ID = delivery-<id>-<generation>}.
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
    public void publish(List<Delivery> deliveries) {
        List<String> items = deliveries.stream().map(d -> d.id() + "-" + d.generation()).toList();
        Exchange result = producer.send("direct:publish-deliveries", e -> e.getMessage().setBody(items));
        if (result.getException() != null) {
            throw new org.apache.camel.RuntimeCamelException(result.getException());
        }
    }

    /** Split step: turns one item {@code <id>-<generation>} into the message body and its duplicate id. */
    public void prepareMessage(Exchange exchange) {
        String item = exchange.getMessage().getBody(String.class);
        exchange.getMessage().setHeader(DUPLICATE_ID, "delivery-" + item);
        exchange.getMessage().setBody(item.substring(0, item.indexOf('-')));
    }
}
