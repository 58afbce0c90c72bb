package vn.lienthong.axis.route;

import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.Outbox;

/** Runs the outbox recovery sweep from the timer route. */
@Component
public class OutboxSweepStep {
    private final Outbox outbox;

    public OutboxSweepStep(Outbox outbox) {
        this.outbox = outbox;
    }

    public int sweep() {
        return outbox.sweep();
    }
}
