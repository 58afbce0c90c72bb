package vn.lienthong.axis.api.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.ClientRegistration;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Register client systems (the token is shown once; optionally a TLS client certificate), turn a VXP client system
 * strict or legacy, and revoke them: the
 * HTTP edge of {@link ClientRegistration}, which holds the checks and the audit.
 */
@RestController
@RequestMapping("/admin/api/v1/clients")
public class AdminClientsController {
    private final ClientRegistration registration;

    public AdminClientsController(ClientRegistration registration) {
        this.registration = registration;
    }

    /**
     * {@code vxpSystemId} (optional) makes it a national-axis SDK client too: the answer then carries
     * {@code vxpSecret}, shown once; {@code vxpMayRegisterAgencies} lets it call registerAgency/deleteAgency;
     * {@code vxpUnsignedOperations} (legacy) accepts its calls without a signed servicecode, over HTTPS only;
     * {@code vxpUnsignedAgencyBody} accepts its registerAgency without a signed body digest, over HTTPS only (it
     * needs {@code vxpUnsignedOperations}).
     * {@code certificatePem} registers the client's TLS client certificate: it then authenticates by that
     * certificate alone, or, with {@code issueToken: true}, by the certificate and a token together.
     */
    public record ClientBody(String name, List<String> agencies, String vxpSystemId, Boolean vxpMayRegisterAgencies,
                             Boolean vxpUnsignedAgencyBody, Boolean vxpUnsignedOperations, String certificatePem,
                             Boolean issueToken) {}

    @PostMapping
    public ResponseEntity<ClientRegistry.Registered> register(@RequestBody ClientBody body,
            @AuthenticationPrincipal AdminActor admin) {
        ClientRegistration.Request r = new ClientRegistration.Request(body.name(), body.agencies(), body.vxpSystemId(),
                Boolean.TRUE.equals(body.vxpMayRegisterAgencies()), Boolean.TRUE.equals(body.vxpUnsignedAgencyBody()),
                Boolean.TRUE.equals(body.vxpUnsignedOperations()), body.certificatePem(), Boolean.TRUE.equals(body.issueToken()));
        return ResponseEntity.status(HttpStatus.CREATED).body(registration.register(r, admin.name()));
    }

    /** {@code vxpUnsignedOperations: false} makes a VXP client system strict (every call signs servicecode). */
    public record VxpBody(Boolean vxpUnsignedOperations) {}

    @PutMapping("/{id}/vxp")
    public ResponseEntity<Void> vxp(@PathVariable String id, @RequestBody VxpBody body,
                                    @AuthenticationPrincipal AdminActor admin) {
        if (body.vxpUnsignedOperations() == null) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "vxpUnsignedOperations (true or false) is required",
                    "vxpUnsignedOperations");
        }
        registration.setVxpUnsignedOperations(id, body.vxpUnsignedOperations(), admin.name());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id,
                                       @AuthenticationPrincipal AdminActor admin) {
        registration.revoke(id, admin.name());
        return ResponseEntity.noContent().build();
    }
}
