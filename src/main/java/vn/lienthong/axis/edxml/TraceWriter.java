package vn.lienthong.axis.edxml;

import javax.xml.stream.XMLStreamException;

/** Writes {@code TraceHeaderList} with its {@code Bussiness} block (double-s, as VNPT/VPCP emit it). */
final class TraceWriter {
    private static final String P = "edXML";
    private final XmlOut out;
    private final HeaderWriter header;

    TraceWriter(XmlOut out, HeaderWriter header) {
        this.out = out;
        this.header = header;
    }

    void trace(TraceHeaderList t) throws XMLStreamException {
        if (t == null) {
            return;
        }
        out.start(P, "TraceHeaderList");
        for (TraceHeader h : t.traceHeaders()) {
            out.start(P, "TraceHeader");
            out.leaf(P, "OrganId", h.organId());
            out.leaf(P, "Timestamp", h.timestamp());
            out.end();
        }
        if (t.business() != null) {
            business(t.business());
        }
        out.end();
    }

    private void business(Business b) throws XMLStreamException {
        out.start(P, "Bussiness");
        out.leaf(P, "DocumentId", b.documentId());
        out.leaf(P, "BussinessDocType", b.docType());
        out.leaf(P, "BussinessDocReason", b.docReason());
        out.leaf(P, "Paper", b.paper());
        header.staff(b.staffInfo());
        if (b.documentInfo() != null) {
            documentInfo(b.documentInfo());
        }
        if (!b.replacements().isEmpty()) {
            out.start(P, "ReplacementInfoList");
            for (ReplacementInfo r : b.replacements()) {
                out.start(P, "ReplacementInfo");
                out.leaf(P, "DocumentId", r.documentId());
                out.leaves(P, "OrganIdList", "OrganId", r.organIds());
                out.end();
            }
            out.end();
        }
        out.end();
    }

    private void documentInfo(BusinessDocumentInfo i) throws XMLStreamException {
        out.start(P, "BussinessDocumentInfo");
        out.leaf(P, "DocumentInfo", i.documentInfo());
        out.leaf(P, "DocumentReceiver", i.documentReceiver());
        if (!i.receivers().isEmpty()) {
            out.start(P, "ReceiverList");
            for (Receiver r : i.receivers()) {
                out.start(P, "Receiver");
                out.leaf(P, "OrganId", r.organId());
                out.leaf(P, "ReceiverType", r.receiverType());
                out.end();
            }
            out.end();
        }
        out.end();
    }
}
