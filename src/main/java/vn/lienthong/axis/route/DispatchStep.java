package vn.lienthong.axis.route;

import java.util.Arrays;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;

/** Adapts delivery-queue messages (body = delivery id) to the {@link Dispatcher}. */
@Component
public class DispatchStep {
    /** Header set by {@link #load}: the delivery's route wire name, or {@code done} if nothing is left to do. */
    public static final String ROUTE_HEADER = "AxisDeliveryRoute";
    /** Header set by {@link #load} for a batch message: the delivery ids. */
    static final String BATCH_HEADER = "AxisDeliveryIds";
    /** Header of a single-copy message: the delivery generation it was published for (older ones are stale). */
    public static final String GENERATION_HEADER = "AxisGeneration";
    private final Dispatcher dispatcher;

    public DispatchStep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Body: one delivery id, or the ids of a batch of local pull copies joined by commas. A single
     * copy whose row has moved to a newer generation than the message's is done (a stale message,
     * e.g. from a dead node's journal, after the sweep queued the copy again).
     */
    public void load(Exchange exchange) {
        List<Long> ids = ids(exchange);
        if (ids.size() > 1) {
            exchange.getMessage().setHeader(ROUTE_HEADER, DeliveryRoute.LOCAL_PULL.wireName());
            exchange.getMessage().setHeader(BATCH_HEADER, ids);
            return;
        }
        long id = ids.get(0);
        Integer generation = exchange.getMessage().getHeader(GENERATION_HEADER, Integer.class);
        String route = dispatcher.pending(id).filter(d -> generation == null || d.generation() <= generation)
                .map(Delivery::route).map(r -> r.wireName()).orElse("done");
        exchange.getMessage().setHeader(ROUTE_HEADER, route);
        exchange.getMessage().setHeader("AxisDeliveryId", id);
    }

    @SuppressWarnings("unchecked")
    public void makeAvailable(Exchange exchange) {
        List<Long> batch = exchange.getMessage().getHeader(BATCH_HEADER, List.class);
        if (batch != null) {
            dispatcher.makeAvailable(batch);
        } else {
            dispatcher.makeAvailable(id(exchange));
        }
    }

    public void push(Exchange exchange) {
        dispatcher.push(id(exchange));
    }

    public void awaitFederation(Exchange exchange) {
        dispatcher.awaitFederation(id(exchange));
    }

    /** A message whose attempts are exhausted: every copy it carries (one, or a pull batch) becomes DEAD. */
    public void markDead(Exchange exchange) {
        List<Long> ids = ids(exchange);
        Integer generation = ids.size() == 1 ? exchange.getMessage().getHeader(GENERATION_HEADER, Integer.class) : null;
        ids.forEach(id -> dispatcher.markDead(id, generation));
    }

    static List<Long> ids(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class).trim();
        return Arrays.stream(body.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    private static long id(Exchange exchange) {
        return exchange.getMessage().getHeader("AxisDeliveryId", Long.class);
    }
}
