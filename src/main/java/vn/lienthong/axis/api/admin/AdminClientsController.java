package vn.lienthong.axis.api.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Register client systems (the token is shown once) and revoke them. */
@RestController
@RequestMapping("/admin/api/v1/clients")
public class AdminClientsController {
    private final ClientRegistry clients;
    private final AgencyRepository agencies;
    private final AuditLog audit;

    public AdminClientsController(ClientRegistry clients, AgencyRepository agencies, AuditLog audit) {
        this.clients = clients;
        this.agencies = agencies;
        this.audit = audit;
    }

    /**
     * {@code vxpSystemId} (optional) makes it a national-axis SDK client too: the answer then carries
     * {@code vxpSecret}, shown once; {@code vxpMayRegisterAgencies} lets it call registerAgency/deleteAgency.
     */
    public record ClientBody(String name, List<String> agencies, String vxpSystemId, Boolean vxpMayRegisterAgencies) {}

    @PostMapping
    public ResponseEntity<ClientRegistry.Registered> register(@RequestBody ClientBody body,
            @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        if (body.name() == null || body.name().isBlank() || body.agencies() == null || body.agencies().isEmpty()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "name and at least one agency are required", "agencies");
        }
        for (String code : body.agencies()) {
            if (agencies.find(code.trim().toUpperCase(java.util.Locale.ROOT)).isEmpty()) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "no agency " + code + " in the directory", "agencies");
            }
        }
        ClientRegistry.Registered r = clients.register(body.name(), body.agencies(), body.vxpSystemId(),
                Boolean.TRUE.equals(body.vxpMayRegisterAgencies()));
        audit.record(actor, "client-registered", r.id(), body.name() + " for " + body.agencies()
                + (r.vxpSystemId() == null ? "" : " (VXP systemId " + r.vxpSystemId() + ")"));
        return ResponseEntity.status(HttpStatus.CREATED).body(r);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id,
                                       @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        if (!clients.revoke(id)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no active client " + id, "id");
        }
        audit.record(actor, "client-revoked", id, null);
        return ResponseEntity.noContent().build();
    }
}
