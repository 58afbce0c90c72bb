package vn.lienthong.axis.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryPublisher;
import vn.lienthong.axis.ledger.DeliveryRoute;

/**
 * Publishes deliveries through the route {@code ledger-outbox-to-delivery-queue}, which splits the
 * list and sends in parallel (the broker's journal then syncs many durable sends at once): one
 * persistent message per delivery, or per batch of local pull copies of one package (see {@link #items}),
 * with Artemis' duplicate id.
 */
@Component
public class JmsDeliveryPublisher implements DeliveryPublisher {
    /** Local pull copies of one package carried by one message (made available in one transaction). */
    static final int PULL_BATCH = 500;
    private final ProducerTemplate producer;

    public JmsDeliveryPublisher(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void publish(List<Delivery> deliveries) {
        Exchange result = producer.send("direct:publish-deliveries", e -> e.getMessage().setBody(items(deliveries)));
        if (result.getException() != null) {
            throw result.getException() instanceof AxisException e ? e : new AxisException(
                    AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the delivery queue cannot be reached", null,
                    result.getException());
        }
    }

    /**
     * One message per copy ({@code delivery-<id>-<generation>}), or up to {@link #PULL_BATCH} local
     * pull copies of one package together ({@code pull-<first id>-<last id>-<count>-<sum of generations>}).
     */
    static List<DeliveryMessage> items(List<Delivery> deliveries) {
        List<DeliveryMessage> items = new ArrayList<>();
        Map<String, List<Delivery>> pulls = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            if (d.route() == DeliveryRoute.LOCAL_PULL) {
                pulls.computeIfAbsent(d.axisId(), k -> new ArrayList<>()).add(d);
            } else {
                items.add(single(d));
            }
        }
        for (List<Delivery> copies : pulls.values()) {
            for (int from = 0; from < copies.size(); from += PULL_BATCH) {
                List<Delivery> batch = copies.subList(from, Math.min(copies.size(), from + PULL_BATCH));
                items.add(batch.size() == 1 ? single(batch.get(0)) : pullBatch(batch));
            }
        }
        return items;
    }

    private static DeliveryMessage single(Delivery d) {
        return new DeliveryMessage("delivery-" + d.id() + "-" + d.generation(), List.of(d.id()), d.generation());
    }

    private static DeliveryMessage pullBatch(List<Delivery> batch) {
        int generations = batch.stream().mapToInt(Delivery::generation).sum();
        return new DeliveryMessage("pull-" + batch.get(0).id() + "-" + batch.get(batch.size() - 1).id() + "-"
                + batch.size() + "-" + generations, batch.stream().map(Delivery::id).toList(), null);
    }

    /**
     * Split step: turns one {@link DeliveryMessage} into the JMS message: the ids as text, the
     * duplicate id and, for a single copy, its generation ({@link AxisHeaders#GENERATION}).
     */
    public void prepareMessage(Exchange exchange) {
        DeliveryMessage item = exchange.getMessage().getBody(DeliveryMessage.class);
        exchange.getMessage().setHeader(AxisHeaders.DUPLICATE_ID, item.duplicateId());
        if (item.generation() != null) {
            exchange.getMessage().setHeader(AxisHeaders.GENERATION, item.generation());
        }
        exchange.getMessage().setBody(item.wireBody());
    }
}
