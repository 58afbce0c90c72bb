package vn.lienthong.axis.edxml;

import javax.xml.stream.XMLStreamException;

/** Writes the header blocks of a package with the {@code edXML:} prefix, emitting the {@code Bussiness*} spelling. */
final class HeaderWriter {
    private static final String P = "edXML";
    private final XmlOut out;

    HeaderWriter(XmlOut out) {
        this.out = out;
    }

    void messageHeader(MessageHeader h) throws XMLStreamException {
        out.start(P, "MessageHeader");
        organization("From", h.from());
        for (Organization to : h.to()) {
            organization("To", to);
        }
        out.leaf(P, "DocumentId", h.documentId());
        if (h.code() != null) {
            out.start(P, "Code");
            out.leaf(P, "CodeNumber", h.code().codeNumber());
            out.leaf(P, "CodeNotation", h.code().codeNotation());
            out.end();
        }
        if (h.promulgationInfo() != null) {
            out.start(P, "PromulgationInfo");
            out.leaf(P, "Place", h.promulgationInfo().place());
            out.leaf(P, "PromulgationDate", h.promulgationInfo().promulgationDate());
            out.end();
        }
        documentType(h.documentType());
        out.leaf(P, "Subject", h.subject());
        out.leaf(P, "Content", h.content());
        signer(h.signerInfo());
        out.leaf(P, "DueDate", h.dueDate());
        out.leaves(P, "ToPlaces", "Place", h.toPlaces());
        otherInfo(h.otherInfo());
        for (ResponseFor r : h.responseFor()) {
            responseFor(r);
        }
        out.leaf(P, "SteeringType", h.steeringType());
        out.leaves(P, "ResponseForTask", "TaskCode", h.responseForTask());
        out.leaf(P, "ApplicationType", h.applicationType());
        out.end();
    }

    void statusHeader(StatusMessage s) throws XMLStreamException {
        out.start(P, "MessageHeader");
        organization("From", s.from());
        if (s.responseFor() != null) {
            responseFor(s.responseFor());
        }
        staff(s.staffInfo());
        out.leaf(P, "StatusCode", s.statusCode() == null ? null : s.statusCode().value());
        out.leaf(P, "Description", s.description());
        out.leaf(P, "Timestamp", s.timestamp());
        out.end();
    }

    void organization(String element, Organization o) throws XMLStreamException {
        if (o == null) {
            return;
        }
        out.start(P, element);
        out.leaf(P, "OrganId", o.organId());
        out.leaf(P, "OrganizationInCharge", o.organizationInCharge());
        out.leaf(P, "OrganName", o.organName());
        out.leaf(P, "OrganAdd", o.organAdd());
        out.leaf(P, "Email", o.email());
        out.leaf(P, "Telephone", o.telephone());
        out.leaf(P, "Fax", o.fax());
        out.leaf(P, "Website", o.website());
        out.end();
    }

    private void documentType(DocumentType t) throws XMLStreamException {
        if (t == null) {
            return;
        }
        out.start(P, "DocumentType");
        out.leaf(P, "Type", t.type());
        out.leaf(P, "TypeDetail", t.typeDetail());
        out.leaf(P, "TypeName", t.typeName());
        out.end();
    }

    private void signer(SignerInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        out.start(P, "SignerInfo");
        out.leaf(P, "Competence", s.competence());
        out.leaf(P, "Position", s.position());
        out.leaf(P, "FullName", s.fullName());
        out.end();
    }

    private void otherInfo(OtherInfo o) throws XMLStreamException {
        if (o == null) {
            return;
        }
        out.start(P, "OtherInfo");
        out.leaf(P, "Priority", o.priority());
        out.leaf(P, "SphereOfPromulgation", o.sphereOfPromulgation());
        out.leaf(P, "TyperNotation", o.typerNotation());
        out.leaf(P, "PromulgationAmount", o.promulgationAmount());
        out.leaf(P, "PageAmount", o.pageAmount());
        out.leaf(P, "Direction", o.direction());
        out.leaves(P, "Appendixes", "Appendix", o.appendixes());
        out.leaf(P, "ReplyFors", o.replyFors());
        out.leaf(P, "ReferenceCodes", o.referenceCodes());
        out.end();
    }

    private void responseFor(ResponseFor r) throws XMLStreamException {
        out.start(P, "ResponseFor");
        out.leaf(P, "OrganId", r.organId());
        out.leaf(P, "Code", r.code());
        out.leaf(P, "PromulgationDate", r.promulgationDate());
        out.leaf(P, "DocumentId", r.documentId());
        out.end();
    }

    void staff(StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        out.start(P, "StaffInfo");
        out.leaf(P, "Department", s.department());
        out.leaf(P, "DepartmentId", s.departmentId());
        out.leaf(P, "Staff", s.staff());
        out.leaf(P, "StaffId", s.staffId());
        out.leaf(P, "Email", s.email());
        out.leaf(P, "Mobile", s.mobile());
        out.end();
    }
}
