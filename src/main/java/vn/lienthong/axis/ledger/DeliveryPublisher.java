package vn.lienthong.axis.ledger;

import java.util.List;

/** Puts one message per committed delivery on the delivery queue (implemented in {@code route}). */
public interface DeliveryPublisher {
    /**
     * Publishes every delivery; the broker's duplicate-detection id is {@code delivery-<id>-<generation>}
     * (the generation is bumped by each operator requeue, so re-publishes are dropped but requeues are not).
     * Throws if a message could not be sent; the recovery sweep publishes what is left QUEUED.
     */
    void publish(List<Delivery> deliveries);
}
