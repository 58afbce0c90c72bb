package vn.lienthong.axis.api.soap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.lienthong.axis.api.soap.contract.AgencyEntry;
import vn.lienthong.axis.api.soap.contract.GetDeliveryReceiptsResponse;
import vn.lienthong.axis.api.soap.contract.DutyState;
import vn.lienthong.axis.api.soap.contract.GetTraceResponse;
import vn.lienthong.axis.api.soap.contract.ListPendingResponse;
import vn.lienthong.axis.api.soap.contract.PendingItem;
import vn.lienthong.axis.api.soap.contract.Receipt;
import vn.lienthong.axis.api.soap.contract.RecipientReceipt;
import vn.lienthong.axis.api.soap.contract.RecipientTrace;
import vn.lienthong.axis.api.soap.contract.SignedDeliveryReceipt;
import vn.lienthong.axis.api.soap.contract.StateChange;
import vn.lienthong.axis.api.soap.contract.StatusReceived;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.ledger.Trace;

/** The core's answers in the contract's types (generated from the WSDL); no rules here. */
final class ContractMapping {
    private static final DatatypeFactory DATES = datatypeFactory();

    private ContractMapping() {}

    static Receipt receipt(vn.lienthong.axis.ledger.Receipt r) {
        Receipt out = new Receipt();
        out.setAxisId(r.axisId());
        out.setDocumentId(r.documentId());
        out.setKind(r.kind());
        out.setBusinessType(r.businessType());
        out.setSha256(r.sha256());
        out.setAcceptedAt(time(r.acceptedAt()));
        out.setDuplicate(r.duplicate());
        if (r.verification() != null) {
            var v = new vn.lienthong.axis.api.soap.contract.VerificationSummary();
            v.setValid(r.verification().valid());
            v.setSigned(r.verification().signed());
            v.setSigner(r.verification().signer());
            v.setPolicy(r.verification().policy());
            out.setVerification(v);
        }
        for (var recipient : r.recipients()) {
            RecipientReceipt rr = new RecipientReceipt();
            rr.setOrganId(recipient.organId());
            rr.setRoute(recipient.route());
            rr.setState(recipient.state());
            out.getRecipient().add(rr);
        }
        return out;
    }

    static GetDeliveryReceiptsResponse deliveryReceipts(List<Receipts.Issued> issued) {
        GetDeliveryReceiptsResponse out = new GetDeliveryReceiptsResponse();
        for (Receipts.Issued i : issued) {
            SignedDeliveryReceipt r = new SignedDeliveryReceipt();
            r.setEventId(i.eventId());
            r.setType(i.type());
            r.setRecipient(i.recipient());
            r.setAt(time(i.at()));
            r.setSignedXml(utf8(i.xml()));
            out.getReceipt().add(r);
        }
        return out;
    }

    /** A signed document as its exact bytes: base64 in the message, so no XML parser can touch them. */
    static byte[] utf8(String signedXml) {
        return signedXml.getBytes(StandardCharsets.UTF_8);
    }

    static ListPendingResponse page(Mailbox.Page page) {
        ListPendingResponse out = new ListPendingResponse();
        for (Mailbox.Item i : page.items()) {
            PendingItem p = new PendingItem();
            p.setAxisId(i.axisId());
            p.setDocumentId(i.documentId());
            p.setKind(i.kind());
            p.setFrom(i.from());
            p.setSubject(i.subject());
            p.setStatusCode(i.statusCode());
            p.setReceivedAt(time(i.receivedAt()));
            p.setSize(i.size());
            p.setSha256(i.sha256());
            out.getItem().add(p);
        }
        out.setNextCursor(page.nextCursor());
        return out;
    }

    /**
     * Each recipient with its history and the statuses it reported about the package, and with
     * {@code duties} its legal duties as the REST trace shows them (docs/duties.md).
     */
    static GetTraceResponse trace(Trace.View view, boolean duties) {
        GetTraceResponse out = new GetTraceResponse();
        out.setAxisId(view.axisId());
        out.setDocumentId(view.documentId());
        for (Trace.RecipientView r : view.recipients()) {
            RecipientTrace rt = new RecipientTrace();
            rt.setOrganId(r.organId());
            rt.setRoute(r.route());
            rt.setState(r.state());
            r.history().forEach(step -> rt.getHistory().add(stateChange(step)));
            view.statuses().stream().filter(s -> r.organId().equals(s.from()))
                    .forEach(s -> rt.getStatus().add(status(s)));
            if (duties && r.duties() != null) {
                r.duties().forEach(d -> rt.getDuty().add(duty(d)));
            }
            out.getRecipient().add(rt);
        }
        return out;
    }

    static AgencyEntry agency(Agency a) {
        AgencyEntry e = new AgencyEntry();
        e.setCode(a.code());
        e.setName(a.name());
        e.setParentCode(a.parentCode());
        e.setLocal(a.local());
        return e;
    }

    private static StateChange stateChange(Trace.Step step) {
        StateChange c = new StateChange();
        c.setState(step.state() == null ? step.type() : step.state());
        c.setAt(time(step.at()));
        c.setDetail(step.detail() == null ? step.type() : step.type() + ": " + step.detail());
        return c;
    }

    private static DutyState duty(Trace.DutyState d) {
        DutyState out = new DutyState();
        out.setDuty(d.duty());
        out.setDue(time(d.due()));
        out.setDoneAt(time(d.doneAt()));
        out.setOutcome(d.outcome());
        if (d.late() != null) {
            Duration late = Duration.parse(d.late());
            out.setLate(DATES.newDuration(late.isNegative() ? "PT0S" : late.toString()));
            out.setLateSeconds(d.lateSeconds());
        }
        return out;
    }

    private static StatusReceived status(Trace.Linked s) {
        StatusReceived st = new StatusReceived();
        st.setAxisId(s.axisId());
        st.setStatusCode(s.statusCode());
        st.setFrom(s.from());
        st.setReceivedAt(time(s.receivedAt()));
        return st;
    }

    static XMLGregorianCalendar time(OffsetDateTime t) {
        return t == null ? null : DATES.newXMLGregorianCalendar(GregorianCalendar.from(t.toZonedDateTime()));
    }

    /** Keeps the fraction of a second as the ledger holds it (microseconds), as the REST answer does. */
    static XMLGregorianCalendar time(Instant t) {
        return t == null ? null : DATES.newXMLGregorianCalendar(t.toString());
    }

    static List<AgencyEntry> agencies(List<Agency> list) {
        return list.stream().map(ContractMapping::agency).toList();
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
