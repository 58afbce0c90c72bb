package vn.lienthong.axis.api.admin;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.evidence.Checkpoints;
import vn.lienthong.axis.ledger.chain.ChainReport;

/** The tamper-evident ledger: verify the hash chain and its signed checkpoints; sign a checkpoint now. */
@RestController
@RequestMapping("/admin/api/v1/ledger")
public class AdminLedgerController {
    private final AdminAuth auth;
    private final Checkpoints checkpoints;

    public AdminLedgerController(AdminAuth auth, Checkpoints checkpoints) {
        this.auth = auth;
        this.checkpoints = checkpoints;
    }

    /** Intact up to the last checkpoint, or the first entry changed, removed or inserted (same JSON as the CLI). */
    @GetMapping("/verify")
    public ChainReport verify(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authz) {
        auth.check(authz, null);
        return checkpoints.verify();
    }

    /** Signs a checkpoint of the chain heads now (otherwise every {@code axis.evidence.checkpoint-period}). */
    public record Created(long id) {}

    @PostMapping("/checkpoints")
    public Created checkpoint(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authz,
                              @RequestHeader(value = "X-Operator", required = false) String operator) {
        auth.check(authz, operator);
        return new Created(checkpoints.create());
    }
}
