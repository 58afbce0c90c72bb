package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.delivery.Dispatcher;
import vn.lienthong.axis.ledger.Delivery;

/** Adapts delivery-queue messages (body = delivery id) to the {@link Dispatcher}. */
@Component
public class DispatchStep {
    /** Header set by {@link #load}: the delivery's route wire name, or {@code done} if nothing is left to do. */
    public static final String ROUTE_HEADER = "AxisDeliveryRoute";
    private final Dispatcher dispatcher;

    public DispatchStep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public void load(Exchange exchange) {
        long id = Long.parseLong(exchange.getMessage().getBody(String.class).trim());
        String route = dispatcher.pending(id).map(Delivery::route).map(r -> r.wireName()).orElse("done");
        exchange.getMessage().setHeader(ROUTE_HEADER, route);
        exchange.getMessage().setHeader("AxisDeliveryId", id);
    }

    public void makeAvailable(Exchange exchange) {
        dispatcher.makeAvailable(id(exchange));
    }

    public void push(Exchange exchange) {
        dispatcher.push(id(exchange));
    }

    public void awaitFederation(Exchange exchange) {
        dispatcher.awaitFederation(id(exchange));
    }

    public void markDead(Exchange exchange) {
        dispatcher.markDead(Long.parseLong(exchange.getMessage().getBody(String.class).trim()));
    }

    private static long id(Exchange exchange) {
        return exchange.getMessage().getHeader("AxisDeliveryId", Long.class);
    }
}
