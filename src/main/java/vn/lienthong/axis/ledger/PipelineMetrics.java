package vn.lienthong.axis.ledger;

import java.time.Duration;

/** What the pipeline reports to monitoring (implemented in {@code ops}). */
public interface PipelineMetrics {
    void packageReceived(String api, String kind, String outcome, String code);

    void deliveryState(DeliveryRoute route, DeliveryState state);

    void deliveryLatency(DeliveryRoute route, Duration acceptedToDone);

    /** Time to parse and verify one package at intake; {@code outcome} valid or refused. */
    void verification(String outcome, Duration took);

    /** No-op implementation for unit tests. */
    PipelineMetrics NONE = new PipelineMetrics() {
        @Override public void packageReceived(String api, String kind, String outcome, String code) {}
        @Override public void deliveryState(DeliveryRoute route, DeliveryState state) {}
        @Override public void deliveryLatency(DeliveryRoute route, Duration acceptedToDone) {}
        @Override public void verification(String outcome, Duration took) {}
    };
}
