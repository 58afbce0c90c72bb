package vn.lienthong.axis.api.admin;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
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
import vn.lienthong.axis.directory.TrustAnchorRepository;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.SamplePkiGate;

/** Register client systems (the token is shown once; optionally a TLS client certificate) and revoke them. */
@RestController
@RequestMapping("/admin/api/v1/clients")
public class AdminClientsController {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_EKU = "2.5.29.37.0";
    private final ClientRegistry clients;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public AdminClientsController(ClientRegistry clients, AgencyRepository agencies, AuditLog audit,
                                  SamplePkiGate samples) {
        this.clients = clients;
        this.agencies = agencies;
        this.audit = audit;
        this.samples = samples;
    }

    /**
     * {@code vxpSystemId} (optional) makes it a national-axis SDK client too: the answer then carries
     * {@code vxpSecret}, shown once; {@code vxpMayRegisterAgencies} lets it call registerAgency/deleteAgency;
     * {@code vxpUnsignedAgencyBody} accepts its registerAgency without a signed body digest, over HTTPS only.
     * {@code certificatePem} registers the client's TLS client certificate: it then authenticates by that
     * certificate alone, or, with {@code issueToken: true}, by the certificate and a token together.
     */
    public record ClientBody(String name, List<String> agencies, String vxpSystemId, Boolean vxpMayRegisterAgencies,
                             Boolean vxpUnsignedAgencyBody, String certificatePem, Boolean issueToken) {}

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
        ClientRegistry.ClientCertificate certificate = certificate(body.certificatePem());
        boolean issueToken = certificate == null || Boolean.TRUE.equals(body.issueToken());
        ClientRegistry.Registered r = clients.register(body.name(), body.agencies(), body.vxpSystemId(),
                Boolean.TRUE.equals(body.vxpMayRegisterAgencies()),
                Boolean.TRUE.equals(body.vxpUnsignedAgencyBody()), certificate, issueToken);
        audit.record(actor, "client-registered", r.id(), body.name() + " for " + body.agencies()
                + (r.vxpSystemId() == null ? "" : " (VXP systemId " + r.vxpSystemId() + ")")
                + (certificate == null ? "" : " (TLS client certificate " + r.certificateSha256()
                + (issueToken ? " and token)" : " alone)")));
        return ResponseEntity.status(HttpStatus.CREATED).body(r);
    }

    /** Parses and checks a client certificate: one end-entity certificate, valid now, usable for TLS client auth. */
    private ClientRegistry.ClientCertificate certificate(String pem) {
        if (pem == null || pem.isBlank()) {
            return null;
        }
        X509Certificate cert;
        try {
            cert = TrustAnchorRepository.parse(pem);
        } catch (AxisException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, e.detail().replace("pem", "certificatePem"),
                    "certificatePem");
        }
        samples.refuseSample(cert, "certificatePem");
        if (cert.getBasicConstraints() >= 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "certificatePem is a CA certificate: register the"
                    + " client's own (end-entity) certificate", "certificatePem");
        }
        try {
            cert.checkValidity();
            List<String> eku = cert.getExtendedKeyUsage();
            if (eku != null && !eku.contains(CLIENT_AUTH) && !eku.contains(ANY_EKU)) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "certificatePem does not allow TLS client"
                        + " authentication (extendedKeyUsage without clientAuth)", "certificatePem");
            }
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "certificatePem is not valid now (" + cert.getNotBefore()
                    + " to " + cert.getNotAfter() + ")", "certificatePem");
        } catch (CertificateParsingException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "certificatePem: unreadable extendedKeyUsage",
                    "certificatePem");
        }
        return new ClientRegistry.ClientCertificate(cert, pem.trim());
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
