package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.edxml.AgencyCode;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;

/**
 * registerAgency and deleteAgency for client systems allowed to ({@code vxpMayRegisterAgencies}): only
 * inside what the signed caller owns, never re-activating what an operator suspended, never taking
 * over another system's agency.
 */
@Component
class VxpAgencyManagement {
    static final String REGISTERED = "agency-registered";
    static final String DELETED = "agency-deleted";
    private static final int MAX_BODY = 64 * 1024;
    private final AgencyRepository agencies;
    private final ClientRegistry clients;
    private final AuditLog audit;

    VxpAgencyManagement(AgencyRepository agencies, ClientRegistry clients, AuditLog audit) {
        this.agencies = agencies;
        this.clients = clients;
        this.audit = audit;
    }

    /**
     * Body {@code {"pcode","code","name","mail",…}}, covered by the signed {@code hash-file}: the agency
     * is local (pull) under {@code pcode}, one of the caller's agencies, and becomes one of the caller's
     * agencies. An existing code is accepted when the caller registered it through this API and it is
     * active (an update), or when the caller itself deleted it and nobody changed it since
     * (re-registration); an agency an operator assigned stays the operator's. No parent cycles.
     */
    void register(VxpAuth.Caller caller, HttpServletRequest request) throws IOException {
        mayManage(caller);
        byte[] bytes = body(request);
        String declared = caller.value(VxpHeaders.HASH_FILE);
        if (declared != null) {
            VxpRequestVerifier.checkBodyHash(caller.signed(), sha256(bytes));
        } else if (!VxpAuth.unboundAgencyBodyAllowed(caller, request.isSecure())) {
            caller.required(VxpHeaders.HASH_FILE);
        }
        JsonNode body = json(bytes);
        String parent = code(body.path("pcode").asText(null), "pcode");
        String code = code(body.path("code").asText(null), "code");
        String name = body.path("name").asText("").strip();
        if (name.isEmpty()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "name is required", "name");
        }
        if (!caller.agencies().contains(parent)) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the parent " + parent
                    + " is not one of this client system's agencies " + caller.agencies(), "pcode");
        }
        agencies.find(code).ifPresent(existing -> mayTake(caller, existing));
        refuseCycle(code, parent);
        agencies.upsert(new Agency(code, name, parent, true, DeliveryMode.PULL, null, SignaturePolicy.REQUIRED, true),
                "vxp");
        clients.addAgency(caller.system().clientId(), code);
        audit.record(actor(caller), REGISTERED, code, name + " under " + parent
                + (declared == null ? " (body not signed, over HTTPS)" : ""));
    }

    /**
     * {@code AgencyCode} (signed header only): one of the caller's agencies whose parent is also the
     * caller's; it is suspended in the directory and no longer the caller's.
     */
    void delete(VxpAuth.Caller caller) {
        mayManage(caller);
        String code = code(caller.required("AgencyCode"), "XroadVnpt-AgencyCode");
        Agency agency = agencies.find(code).filter(a -> caller.agencies().contains(code))
                .filter(a -> a.parentCode() != null && caller.agencies().contains(a.parentCode()))
                .filter(a -> registeredThroughVxp(code))
                .orElseThrow(() -> new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code
                        + " is not one this client system registered under its own agencies", "XroadVnpt-AgencyCode"));
        agencies.upsert(new Agency(agency.code(), agency.name(), agency.parentCode(), agency.local(), agency.mode(),
                agency.endpoint(), agency.signaturePolicy(), false), "vxp");
        clients.removeAgency(caller.system().clientId(), code);
        audit.record(actor(caller), DELETED, code, agency.name());
    }

    /** Refuses an existing agency the caller may not (re-)register. */
    private void mayTake(VxpAuth.Caller caller, Agency existing) {
        String code = existing.code();
        List<String> owners = clients.clientsActingFor(code);
        if (owners.stream().anyMatch(id -> !id.equals(caller.system().clientId()))) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code
                    + " belongs to another client system", "code");
        }
        boolean own = owners.contains(caller.system().clientId());
        if (own && existing.active() && registeredThroughVxp(code)) {
            return;
        }
        if (own && existing.active()) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code + " was assigned by an operator;"
                    + " only an operator can change it", "code");
        }
        if (own) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code + " was suspended by an operator;"
                    + " only an operator can re-activate it", "code");
        }
        boolean deletedByCaller = !existing.active() && agencies.source(code).filter("vxp"::equals).isPresent()
                && audit.latest(code).filter(e -> e.action().equals(DELETED) && e.actor().equals(actor(caller)))
                        .isPresent();
        if (!deletedByCaller) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code + (existing.active()
                    ? " already exists and is not this client system's" : " was suspended and not by this client system")
                    + "; only an operator can hand it over", "code");
        }
    }

    private boolean registeredThroughVxp(String code) {
        return agencies.source(code).filter("vxp"::equals).isPresent();
    }

    /** Refuses a parent that is the agency itself or one of its descendants. */
    private void refuseCycle(String code, String parent) {
        String p = parent;
        for (int depth = 0; p != null && depth < 64; depth++) {
            if (p.equals(code)) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the parent " + parent + " is " + code
                        + " or one of its descendants", "pcode");
            }
            p = agencies.find(p).map(Agency::parentCode).orElse(null);
        }
    }

    private static String actor(VxpAuth.Caller caller) {
        return "vxp:" + caller.system().systemId();
    }

    private static void mayManage(VxpAuth.Caller caller) {
        if (!caller.system().mayRegisterAgencies()) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "this client system may not register or delete agencies;"
                    + " an operator grants it with vxpMayRegisterAgencies", "XroadVnpt-systemid");
        }
    }

    private static String code(String raw, String field) {
        if (raw == null || !AgencyCode.isValid(raw)) {
            throw new AxisException(AxisErrorCode.INVALID_AGENCY_CODE, field + " is missing or not an agency code: "
                    + raw, field);
        }
        return AgencyCode.normalize(raw).toUpperCase(Locale.ROOT);
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new AxisException(AxisErrorCode.TOO_LARGE, "the JSON body exceeds " + MAX_BODY + " bytes", "body");
            }
            return bytes;
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            JsonNode node = bytes.length == 0 ? null : VxpMessagesController.JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the body is not a JSON object", "body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the body is not JSON: " + e.getOriginalMessage(), "body");
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the body could not be read", "body");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }
}
