package vn.lienthong.axis.route;

import java.util.Arrays;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;

/** Adapts delivery-queue messages (body = delivery id, or ids of a pull batch) to the {@link Dispatcher}. */
@Component
public class DispatchStep {
    private static final Logger log = LoggerFactory.getLogger(DispatchStep.class);
    /** {@link AxisHeaders#DELIVERY_ROUTE} when nothing is left to do. */
    static final String DONE = "done";
    private final Dispatcher dispatcher;

    public DispatchStep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Parses the body once into {@link AxisHeaders#DELIVERY_IDS} and sets {@link AxisHeaders#DELIVERY_ROUTE}.
     * A single copy whose row has moved to a newer generation than the message's is done (a stale
     * message, e.g. from a dead node's journal, after the sweep queued the copy again).
     */
    public void load(Exchange exchange) {
        Message message = exchange.getMessage();
        List<Long> ids = parseIds(message.getBody(String.class));
        message.setHeader(AxisHeaders.DELIVERY_IDS, ids);
        if (ids.size() > 1) {
            message.setHeader(AxisHeaders.DELIVERY_ROUTE, DeliveryRoute.LOCAL_PULL.wireName());
            return;
        }
        Integer generation = message.getHeader(AxisHeaders.GENERATION, Integer.class);
        String route = dispatcher.pending(ids.get(0)).filter(d -> generation == null || d.generation() <= generation)
                .map(Delivery::route).map(DeliveryRoute::wireName).orElse(DONE);
        message.setHeader(AxisHeaders.DELIVERY_ROUTE, route);
    }

    public void makeAvailable(Exchange exchange) {
        List<Long> ids = ids(exchange);
        delivered(exchange, ids.size() > 1 ? dispatcher.makeAvailable(ids)
                : dispatcher.makeAvailable(ids.get(0)).stream().toList());
    }

    public void push(Exchange exchange) {
        delivered(exchange, dispatcher.push(id(exchange)).stream().toList());
    }

    /** Keeps the copies this exchange moved for the after-delivery steps ({@link AxisHeaders#DELIVERED}). */
    static void delivered(Exchange exchange, List<Delivery> copies) {
        if (!copies.isEmpty()) {
            exchange.setProperty(AxisHeaders.DELIVERED, copies);
        }
    }

    /**
     * An after-delivery step failed for one copy (body: its {@link Delivery}): the copy stays delivered and
     * the message is not rolled back, so the delivery is neither lost nor repeated; one line says why.
     */
    public void afterDeliveryFailed(Exchange exchange) {
        Delivery d = exchange.getMessage().getBody(Delivery.class);
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        log.warn("after-delivery step failed for delivery {} of {} to {} ({} stays delivered): {}", d.id(), d.axisId(),
                d.recipient(), d.route().wireName(), RefusalLog.describe(e));
    }

    /** A message whose attempts are exhausted: every copy it carries (one, or a pull batch) becomes DEAD. */
    public void markDead(Exchange exchange) {
        List<Long> ids = parseIds(exchange.getMessage().getBody(String.class));
        Integer generation = ids.size() == 1 ? exchange.getMessage().getHeader(AxisHeaders.GENERATION, Integer.class)
                : null;
        ids.forEach(id -> dispatcher.markDead(id, generation));
    }

    /** The ids parsed by {@link #load}. */
    @SuppressWarnings("unchecked")
    static List<Long> ids(Exchange exchange) {
        return exchange.getMessage().getHeader(AxisHeaders.DELIVERY_IDS, List.class);
    }

    /** The one copy of a single-copy message (push, upstream, peer). */
    static long id(Exchange exchange) {
        return ids(exchange).get(0);
    }

    private static List<Long> parseIds(String body) {
        return Arrays.stream(body.trim().split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
