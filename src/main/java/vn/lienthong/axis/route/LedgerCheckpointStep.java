package vn.lienthong.axis.route;

import org.springframework.stereotype.Component;
import vn.lienthong.axis.evidence.Checkpoints;

/** Signs a checkpoint of the ledger chain heads from the timer route. */
@Component
public class LedgerCheckpointStep {
    private final Checkpoints checkpoints;

    public LedgerCheckpointStep(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    public long checkpoint() {
        return checkpoints.create();
    }
}
