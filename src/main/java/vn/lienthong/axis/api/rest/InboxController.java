package vn.lienthong.axis.api.rest;

import java.security.cert.X509Certificate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.ledger.PackageKind;

/** The acting agency's mailbox: pending items and acknowledgements. */
@RestController
@RequestMapping("/api/v1/inbox")
public class InboxController {
    private final ClientAuthenticator auth;
    private final Mailbox mailbox;

    public InboxController(ClientAuthenticator auth, Mailbox mailbox) {
        this.auth = auth;
        this.mailbox = mailbox;
    }

    @GetMapping
    public Mailbox.Page list(@RequestParam(required = false) String kind,
                             @RequestParam(required = false) String after,
                             @RequestParam(defaultValue = "100") int limit,
                             @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authz,
                             @RequestHeader(value = "X-Agency", required = false) String agency,
            @RequestAttribute(name = ClientAuthenticator.CERTIFICATE_ATTRIBUTE, required = false) X509Certificate[] tlsClient) {
        ActingClient client = auth.authenticate(authz, agency, tlsClient);
        return mailbox.list(client.actingAgency(), PackageKind.filter(kind), after, limit);
    }

    /** {@code {"result":"done"|"fail","reason":"…"}}. */
    public record Ack(String result, String reason) {}

    public record AckResult(String axisId, String state) {}

    @PostMapping("/{axisId}/ack")
    public AckResult ack(@PathVariable String axisId, @RequestBody(required = false) Ack ack,
                         @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authz,
                         @RequestHeader(value = "X-Agency", required = false) String agency,
            @RequestAttribute(name = ClientAuthenticator.CERTIFICATE_ATTRIBUTE, required = false) X509Certificate[] tlsClient) {
        ActingClient client = auth.authenticate(authz, agency, tlsClient);
        var state = mailbox.acknowledge(axisId, client.actingAgency(), ack == null ? null : ack.result(),
                ack == null ? null : ack.reason());
        return new AckResult(axisId, state.wireName());
    }
}
