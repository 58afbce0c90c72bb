package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;

/**
 * getReceipt (an operation of this facade, not of the national axis): the receipts signed by the axis
 * for one DocId, for each agency of the caller that sent it or received a copy (docs/vxp.md).
 */
@RestController
@RequestMapping("${axis.vxp.base-path:/vxp}")
class VxpEvidenceController {
    private final Receipts receipts;

    VxpEvidenceController(Receipts receipts) {
        this.receipts = receipts;
    }

    /** {@code data}: {docId, acceptance (the signed XML, the sender's), deliveries [{eventId, type, recipient, at, xml}]}. */
    @RequestMapping(path = "/getReceipt", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope getReceipt(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        String docId = caller.required("docId");
        ObjectNode data = VxpMessagesController.object().put("docId", docId).putNull("acceptance");
        ArrayNode deliveries = data.putArray("deliveries");
        Set<Long> seen = new HashSet<>();
        boolean found = false;
        for (String agency : caller.agencies()) {
            String acceptance = orNull(() -> receipts.acceptance(docId, agency));
            if (acceptance != null) {
                data.put("acceptance", acceptance);
                found = true;
            }
            var issued = orNull(() -> receipts.deliveries(docId, agency));
            if (issued != null) {
                found = true;
                issued.stream().filter(i -> seen.add(i.eventId())).forEach(i -> deliveries.addObject()
                        .put("eventId", i.eventId()).put("type", i.type()).put("recipient", i.recipient())
                        .put("at", i.at().toString()).put("xml", i.xml()));
            }
        }
        if (!found) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no package " + docId + " sent to or by this client's"
                    + " agencies", "XroadVnpt-docId");
        }
        return VxpEnvelope.ok("OK", data);
    }

    private static <T> T orNull(Supplier<T> call) {
        try {
            return call.get();
        } catch (AxisException e) {
            if (e.code() != AxisErrorCode.NOT_FOUND) {
                throw e;
            }
            return null;
        }
    }
}
