package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.DirectoryListing;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.edxml.AgencyCode;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;

/**
 * The directory operations of the national axis API: the agency lists (id = code, pid = parent code)
 * and, for client systems allowed to, registering and deleting agencies under their own ones.
 */
@RestController
@RequestMapping("${axis.vxp.base-path:/vxp}")
class VxpDirectoryController {
    private static final int MAX_AGENCIES = 100_000;
    private static final int MAX_BODY = 64 * 1024;
    private final VxpAuth auth;
    private final DirectoryListing listing;
    private final AgencyRepository agencies;
    private final ClientRegistry clients;
    private final AuditLog audit;

    VxpDirectoryController(VxpAuth auth, DirectoryListing listing, AgencyRepository agencies, ClientRegistry clients,
                           AuditLog audit) {
        this.auth = auth;
        this.listing = listing;
        this.agencies = agencies;
        this.clients = clients;
        this.audit = audit;
    }

    @RequestMapping(path = "/getAgenciesList", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope agenciesList(HttpServletRequest request) {
        auth.authenticate(request);
        ArrayNode data = VxpMessagesController.JSON.createArrayNode();
        for (DirectoryListing.Entry e : listing.all(MAX_AGENCIES)) {
            if (e.active()) {
                data.addObject().put("id", e.code()).put("pid", e.parentCode()).put("code", e.code())
                        .put("name", e.name()).put("mail", "").put("oldCode", e.oldCode());
            }
        }
        return VxpEnvelope.ok("OK", data);
    }

    /** {@code code102} = the code when it has the QCVN 102:2016 shape; the {@code level} filter is not applied. */
    @RequestMapping(path = "/getAgenciesListQD20", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope agenciesListQd20(HttpServletRequest request) {
        auth.authenticate(request);
        ArrayNode data = VxpMessagesController.JSON.createArrayNode();
        for (DirectoryListing.Entry e : listing.all(MAX_AGENCIES)) {
            if (e.active()) {
                boolean qcvn102 = AgencyCode.isValid(e.code()) && AgencyCode.parse(e.code()).isStrictQcvn102();
                data.addObject().put("id", e.code()).put("code", e.code()).put("name", e.name()).put("mail", "")
                        .put("code102", qcvn102 ? e.code() : null);
            }
        }
        return VxpEnvelope.ok("OK", data);
    }

    /** The whole directory with deletions ({@code deleted}) and change times, for incremental sync. */
    @RequestMapping(path = "/getSynchronizeUnit", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope synchronizeUnit(HttpServletRequest request) {
        auth.authenticate(request);
        ArrayNode data = VxpMessagesController.JSON.createArrayNode();
        for (DirectoryListing.Entry e : listing.all(MAX_AGENCIES)) {
            data.addObject().put("id", e.code()).put("pid", e.parentCode()).put("code", e.code())
                    .put("name", e.name()).put("mail", "").put("centerCode", e.local() ? null : "upstream")
                    .put("version", e.updatedAt() == null ? 0 : e.updatedAt().toInstant().toEpochMilli())
                    .put("deleted", !e.active())
                    .put("modifyDate", e.updatedAt() == null ? null : e.updatedAt().toString())
                    .put("isAgency", e.local());
        }
        return VxpEnvelope.ok("OK", data);
    }

    /**
     * Body {@code {"pcode","code","name","mail",…}}: the new agency is local (pull) under {@code pcode},
     * which must be one of the caller's agencies, and becomes one of the caller's agencies. An existing
     * code is accepted only when it is already the caller's, or was deleted from under the caller's agencies.
     */
    @RequestMapping(path = "/registerAgency", method = RequestMethod.POST)
    VxpEnvelope registerAgency(HttpServletRequest request) throws IOException {
        VxpAuth.Caller caller = mayManage(auth.authenticate(request));
        JsonNode body = body(request);
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
        agencies.find(code).filter(a -> !caller.agencies().contains(code))
                .filter(a -> a.active() || a.parentCode() == null || !caller.agencies().contains(a.parentCode()))
                .ifPresent(a -> {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code
                    + " already exists and belongs to another client system", "code");
        });
        agencies.upsert(new Agency(code, name, parent, true, DeliveryMode.PULL, null, SignaturePolicy.REQUIRED, true),
                "vxp");
        clients.addAgency(caller.system().clientId(), code);
        audit.record("vxp:" + caller.system().systemId(), "agency-registered", code, name + " under " + parent);
        return VxpEnvelope.ok("Đăng ký đơn vị thành công", null);
    }

    /**
     * {@code AgencyCode} (signed header, or the JSON body): one of the caller's agencies whose parent is
     * also the caller's; it is suspended in the directory and no longer the caller's.
     */
    @RequestMapping(path = "/deleteAgency", method = RequestMethod.POST)
    VxpEnvelope deleteAgency(HttpServletRequest request) throws IOException {
        VxpAuth.Caller caller = mayManage(auth.authenticate(request));
        String raw = caller.value("AgencyCode");
        String code = code(raw != null ? raw : body(request).path("AgencyCode").asText(null), "AgencyCode");
        Agency agency = agencies.find(code).filter(a -> caller.agencies().contains(code))
                .filter(a -> a.parentCode() != null && caller.agencies().contains(a.parentCode()))
                .orElseThrow(() -> new AxisException(AxisErrorCode.FORBIDDEN, "the agency " + code
                        + " is not one this client system registered under its own agencies", "AgencyCode"));
        agencies.upsert(new Agency(agency.code(), agency.name(), agency.parentCode(), agency.local(), agency.mode(),
                agency.endpoint(), agency.signaturePolicy(), false), "vxp");
        clients.removeAgency(caller.system().clientId(), code);
        audit.record("vxp:" + caller.system().systemId(), "agency-deleted", code, agency.name());
        return VxpEnvelope.ok("Xóa đơn vị thành công", null);
    }

    private static VxpAuth.Caller mayManage(VxpAuth.Caller caller) {
        if (!caller.system().mayRegisterAgencies()) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "this client system may not register or delete agencies;"
                    + " an operator grants it with vxpMayRegisterAgencies", "XroadVnpt-systemid");
        }
        return caller;
    }

    private static String code(String raw, String field) {
        if (raw == null || !AgencyCode.isValid(raw)) {
            throw new AxisException(AxisErrorCode.INVALID_AGENCY_CODE, field + " is missing or not an agency code: "
                    + raw, field);
        }
        return AgencyCode.normalize(raw).toUpperCase(Locale.ROOT);
    }

    private static JsonNode body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new AxisException(AxisErrorCode.TOO_LARGE, "the JSON body exceeds " + MAX_BODY + " bytes", "body");
            }
            JsonNode node = bytes.length == 0 ? null : VxpMessagesController.JSON.readTree(bytes);
            return node == null ? VxpMessagesController.JSON.createObjectNode() : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the body is not JSON: " + e.getOriginalMessage(), "body");
        }
    }
}
