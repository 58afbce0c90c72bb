package vn.lienthong.axis.api.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.evidence.Checkpoints;
import vn.lienthong.axis.ledger.chain.ChainReport;

/** The tamper-evident ledger: verify the hash chain and its signed checkpoints; sign a checkpoint now. */
@RestController
@RequestMapping("/admin/api/v1/ledger")
public class AdminLedgerController {
    private final Checkpoints checkpoints;

    public AdminLedgerController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** Intact up to the last checkpoint, or the first entry changed, removed or inserted (same JSON as the CLI). */
    @GetMapping("/verify")
    public ChainReport verify() {
        return checkpoints.verify();
    }

    /** Signs a checkpoint of the chain heads now (otherwise every {@code axis.evidence.checkpoint-period}). */
    public record Created(long id) {}

    @PostMapping("/checkpoints")
    public Created checkpoint() {
        return new Created(checkpoints.create());
    }
}
