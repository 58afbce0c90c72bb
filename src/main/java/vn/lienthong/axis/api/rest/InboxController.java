package vn.lienthong.axis.api.rest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.ledger.PackageKind;

/** The acting agency's mailbox: pending items and acknowledgements. */
@RestController
@RequestMapping("/api/v1/inbox")
public class InboxController {
    private final Mailbox mailbox;

    public InboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    public Mailbox.Page list(@RequestParam(required = false) String kind,
                             @RequestParam(required = false) String after,
                             @RequestParam(defaultValue = "100") int limit,
                             @AuthenticationPrincipal ActingClient client) {
        return mailbox.list(client.actingAgency(), PackageKind.filter(kind), after, limit);
    }

    /** {@code {"result":"done"|"fail","reason":"…"}}. */
    public record Ack(String result, String reason) {}

    public record AckResult(String axisId, String state) {}

    @PostMapping("/{axisId}/ack")
    public AckResult ack(@PathVariable String axisId, @RequestBody(required = false) Ack ack,
                         @AuthenticationPrincipal ActingClient client) {
        var state = mailbox.acknowledge(axisId, client.actingAgency(), ack == null ? null : ack.result(),
                ack == null ? null : ack.reason());
        return new AckResult(axisId, state.wireName());
    }
}
