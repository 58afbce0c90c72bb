package vn.lienthong.axis.directory;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.SamplePkiGate;

/**
 * Đăng ký hệ thống khách: registers a client system (its agencies must be in the directory; the token and VXP
 * secret are returned once; optionally a TLS client certificate, end-entity, valid now, usable for client
 * authentication) and revokes one, each audited under the acting person. The admin API and the console both
 * call it: the rules are here once.
 */
@Service
public class ClientRegistration {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_EKU = "2.5.29.37.0";
    private final ClientRegistry clients;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public ClientRegistration(ClientRegistry clients, AgencyRepository agencies, AuditLog audit, SamplePkiGate samples) {
        this.clients = clients;
        this.agencies = agencies;
        this.audit = audit;
        this.samples = samples;
    }

    /**
     * A registration request. {@code vxpSystemId} (optional) makes it a national-axis SDK client too;
     * {@code vxpUnsignedOperations} (legacy) accepts its calls without a signed {@code servicecode}, over HTTPS only;
     * {@code vxpUnsignedAgencyBody} (the stock SDK's registerAgency, which signs neither servicecode nor a body digest)
     * needs it. {@code certificatePem} registers its TLS client certificate, which then authenticates alone, or with a
     * token as well when {@code issueToken}.
     */
    public record Request(String name, List<String> agencies, String vxpSystemId, boolean vxpMayRegisterAgencies,
                          boolean vxpUnsignedAgencyBody, boolean vxpUnsignedOperations, String certificatePem,
                          boolean issueToken) {}

    @Transactional
    public ClientRegistry.Registered register(Request r, String actor) {
        if (r.name() == null || r.name().isBlank() || r.agencies() == null || r.agencies().isEmpty()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "name and at least one agency are required", "agencies");
        }
        for (String code : r.agencies()) {
            if (agencies.find(code.trim().toUpperCase(Locale.ROOT)).isEmpty()) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "no agency " + code + " in the directory", "agencies");
            }
        }
        if (r.vxpUnsignedAgencyBody() && !r.vxpUnsignedOperations()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "vxpUnsignedAgencyBody is the stock SDK's registerAgency,"
                    + " which signs no servicecode either: it needs vxpUnsignedOperations", "vxpUnsignedAgencyBody");
        }
        ClientRegistry.ClientCertificate certificate = certificate(r.certificatePem());
        boolean issueToken = certificate == null || r.issueToken();
        ClientRegistry.Registered registered = clients.register(r.name(), r.agencies(), r.vxpSystemId(),
                new ClientRegistry.VxpSettings(r.vxpMayRegisterAgencies(), r.vxpUnsignedAgencyBody(),
                        r.vxpUnsignedOperations()), certificate, issueToken);
        audit.record(actor, "client-registered", registered.id(), r.name() + " for " + r.agencies()
                + (registered.vxpSystemId() == null ? "" : " (VXP systemId " + registered.vxpSystemId()
                + (r.vxpMayRegisterAgencies() ? ", may register agencies" : "")
                + (r.vxpUnsignedOperations() ? ", calls without a signed servicecode over HTTPS" : "")
                + (r.vxpUnsignedAgencyBody() ? ", registerAgency without a signed body over HTTPS" : "") + ")")
                + (certificate == null ? "" : " (TLS client certificate " + registered.certificateSha256()
                + (issueToken ? " and token)" : " alone)")));
        return registered;
    }

    /**
     * Turns a VXP client system strict (its DMS now signs servicecode; clients that existed before V27 start legacy)
     * or back to legacy, audited. A strict client's registerAgency must also be bound (servicecode, hash-file).
     */
    @Transactional
    public void setVxpUnsignedOperations(String id, boolean unsignedOperations, String actor) {
        if (!clients.setVxpUnsignedOperations(id, unsignedOperations)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no active VXP client system " + id, "id");
        }
        audit.record(actor, "client-vxp-updated", id, unsignedOperations
                ? "calls without a signed servicecode accepted over HTTPS (legacy)"
                : "every call must sign servicecode (strict)");
    }

    @Transactional
    public void revoke(String id, String actor) {
        if (!clients.revoke(id)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no active client " + id, "id");
        }
        audit.record(actor, "client-revoked", id, null);
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
}
