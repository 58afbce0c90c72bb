package vn.lienthong.axis.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
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
    /** Artemis duplicate-detection header. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
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
            throw new org.apache.camel.RuntimeCamelException(result.getException());
        }
    }

    /**
     * One item per message, {@code <duplicate id>/<body>}: a copy alone ({@code delivery-<id>-<generation>/<id>}),
     * or up to {@link #PULL_BATCH} local pull copies of one package together
     * ({@code pull-<first id>-<last id>-<count>-<sum of generations>/<id>,<id>,...}).
     */
    static List<String> items(List<Delivery> deliveries) {
        List<String> items = new ArrayList<>();
        Map<String, List<Delivery>> pulls = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            if (d.route() == DeliveryRoute.LOCAL_PULL) {
                pulls.computeIfAbsent(d.axisId(), k -> new ArrayList<>()).add(d);
            } else {
                items.add("delivery-" + d.id() + "-" + d.generation() + "/" + d.id());
            }
        }
        for (List<Delivery> copies : pulls.values()) {
            for (int from = 0; from < copies.size(); from += PULL_BATCH) {
                List<Delivery> batch = copies.subList(from, Math.min(copies.size(), from + PULL_BATCH));
                items.add(batch.size() == 1 ? "delivery-" + batch.get(0).id() + "-" + batch.get(0).generation() + "/"
                        + batch.get(0).id() : pullBatch(batch));
            }
        }
        return items;
    }

    private static String pullBatch(List<Delivery> batch) {
        String ids = batch.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(","));
        int generations = batch.stream().mapToInt(Delivery::generation).sum();
        return "pull-" + batch.get(0).id() + "-" + batch.get(batch.size() - 1).id() + "-" + batch.size() + "-"
                + generations + "/" + ids;
    }

    /**
     * Split step: turns one item into the message body (one id, or ids joined by commas), its
     * duplicate id and, for a single copy, its generation ({@link DispatchStep#GENERATION_HEADER}).
     */
    public void prepareMessage(Exchange exchange) {
        String item = exchange.getMessage().getBody(String.class);
        int slash = item.indexOf('/');
        String duplicateId = item.substring(0, slash);
        exchange.getMessage().setHeader(DUPLICATE_ID, duplicateId);
        if (duplicateId.startsWith("delivery-")) {
            exchange.getMessage().setHeader(DispatchStep.GENERATION_HEADER,
                    Integer.valueOf(duplicateId.substring(duplicateId.lastIndexOf('-') + 1)));
        }
        exchange.getMessage().setBody(item.substring(slash + 1));
    }
}
