package vn.lienthong.axis.ledger;

/** Puts one message for a committed delivery on the delivery queue (implemented in {@code route}). */
public interface DeliveryPublisher {
    /**
     * @param deliveryId the delivery row
     * @param generation bumped by each operator requeue, so that the broker's duplicate detection
     *                   ({@code deliveryId:generation}) drops re-publishes but not requeues
     */
    void publish(long deliveryId, int generation);
}
