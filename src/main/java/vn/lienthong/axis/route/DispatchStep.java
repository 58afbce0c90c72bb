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
    private final Dispatcher dispatcher;

    public DispatchStep(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Body: one delivery id, or the ids of a batch of local pull copies joined by commas. */
    public void load(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class).trim();
        if (body.indexOf(',') >= 0) {
            List<Long> ids = Arrays.stream(body.split(",")).map(String::trim).map(Long::valueOf).toList();
            exchange.getMessage().setHeader(ROUTE_HEADER, DeliveryRoute.LOCAL_PULL.wireName());
            exchange.getMessage().setHeader(BATCH_HEADER, ids);
            return;
        }
        long id = Long.parseLong(body);
        String route = dispatcher.pending(id).map(Delivery::route).map(r -> r.wireName()).orElse("done");
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

    public void markDead(Exchange exchange) {
        dispatcher.markDead(Long.parseLong(exchange.getMessage().getBody(String.class).trim()));
    }

    private static long id(Exchange exchange) {
        return exchange.getMessage().getHeader("AxisDeliveryId", Long.class);
    }
}
