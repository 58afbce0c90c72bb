package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.DirectoryListing;
import vn.lienthong.axis.edxml.AgencyCode;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;

/**
 * The directory operations of the national axis API: the agency lists (id = code, pid = parent code)
 * and, for client systems allowed to, registering and deleting agencies under their own ones.
 */
@RestController
@RequestMapping("${axis.vxp.base-path:/vxp}")
class VxpDirectoryController {
    private static final int MAX_AGENCIES = 100_000;
    private final DirectoryListing listing;
    private final VxpAgencyManagement management;

    VxpDirectoryController(DirectoryListing listing, VxpAgencyManagement management) {
        this.listing = listing;
        this.management = management;
    }

    @RequestMapping(path = "/getAgenciesList", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope agenciesList() {
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
    VxpEnvelope agenciesListQd20() {
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
    VxpEnvelope synchronizeUnit() {
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

    /** See {@link VxpAgencyManagement#register}: the body must match the signed {@code hash-file}. */
    @RequestMapping(path = "/registerAgency", method = RequestMethod.POST)
    VxpEnvelope registerAgency(HttpServletRequest request,
                               @RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) throws IOException {
        management.register(caller, request);
        return VxpEnvelope.ok("Đăng ký đơn vị thành công", null);
    }

    /** See {@link VxpAgencyManagement#delete}: the agency is the signed {@code AgencyCode}, never the body. */
    @RequestMapping(path = "/deleteAgency", method = RequestMethod.POST)
    VxpEnvelope deleteAgency(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        management.delete(caller);
        return VxpEnvelope.ok("Xóa đơn vị thành công", null);
    }
}
