package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.SentCopies;

/** getSentEdocList: the sender's per-recipient tracking, from the ledger. */
@RestController
@RequestMapping("${axis.vxp.base-path:/vxp}")
class VxpSentController {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    private final SentCopies sent;

    VxpSentController(SentCopies sent) {
        this.sent = sent;
    }

    @RequestMapping(path = "/getSentEdocList", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope sentList(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        String messageType = caller.value("messagetype");
        PackageKind kind = messageType == null ? null : VxpMessagesController.kind(messageType);
        OffsetDateTime from = date(caller.value("fromDate"), "fromDate", 0);
        OffsetDateTime to = date(caller.value("toDate"), "toDate", 1);
        ArrayNode data = VxpMessagesController.JSON.createArrayNode();
        for (SentCopies.Copy c : sent.of(caller.agencies(), kind, caller.value("docId"), from, to, 5000)) {
            data.addObject().put("serviceType", "eDoc")
                    .put("messageType", c.kind().equals("status") ? "status" : "edoc")
                    .put("senderDocId", c.axisId()).put("receiverDocId", c.axisId())
                    .put("fromCode", c.from()).put("toCode", c.recipient())
                    .put("title", c.subject()).put("notation", c.documentId())
                    .put("sentTime", c.sentAt().toString())
                    .put("receivedTime", c.fetchedAt() == null ? null : c.fetchedAt().toString())
                    .put("sendStatus", c.state().wireName())
                    .put("sendStatusDesc", c.lastError())
                    .put("receiveStatus", receiveStatus(c.state()))
                    .put("receiveStatusDesc", c.ackReason());
        }
        return VxpEnvelope.ok("OK", data);
    }

    /** The recipient's transport status (spec §2.3) as the SDK names it. */
    private static String receiveStatus(DeliveryState s) {
        return switch (s) {
            case ACKED -> "done";
            case FAILED -> "fail";
            default -> "initial";
        };
    }

    /** A day (start, or the day after for {@code toDate}), in the formats integrators use. */
    private static OffsetDateTime date(String value, String name, int plusDays) {
        if (value == null) {
            return null;
        }
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(day, f).plusDays(plusDays).atStartOfDay(VIETNAM).toOffsetDateTime();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new AxisException(AxisErrorCode.BAD_REQUEST, name + " must be yyyy-MM-dd or dd/MM/yyyy, not " + value,
                "XroadVnpt-" + name);
    }
}
