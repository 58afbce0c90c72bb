package vn.lienthong.axis.edxml;

import java.util.List;

/**
 * Maps the header elements read by {@link EdxmlReader} to the model, by local name and in any order.
 * Reads both {@code Bussiness*} and {@code Business*} spellings.
 */
final class PackageMapper {
    private PackageMapper() {}

    static EdxmlPackage map(XmlNode envelope, List<Attachment> attachments) {
        XmlNode header = envelope.child("edXMLHeader");
        XmlNode message = header.child("MessageHeader");
        if (!message.present()) {
            throw new vn.lienthong.axis.error.AxisException(vn.lienthong.axis.error.AxisErrorCode.NOT_EDXML,
                    "the package has no MessageHeader", "edXML/edXMLEnvelope/edXMLHeader/MessageHeader");
        }
        boolean signed = header.has("Signature");
        if (message.has("StatusCode")) {
            return new EdxmlPackage(EdxmlPackage.Kind.STATUS, null, null, status(message), List.of(), attachments,
                    signed);
        }
        List<ManifestReference> manifest = envelope.child("edXMLBody").child("edXMLManifest").all("Reference").stream()
                .map(PackageMapper::reference).toList();
        return new EdxmlPackage(EdxmlPackage.Kind.DOCUMENT, messageHeader(message), trace(header.child("TraceHeaderList")),
                null, manifest, attachments, signed);
    }

    private static MessageHeader messageHeader(XmlNode m) {
        return new MessageHeader(organization(m.child("From")), m.all("To").stream().map(PackageMapper::organization).toList(),
                m.text("DocumentId"), code(m.child("Code")), promulgation(m.child("PromulgationInfo")),
                documentType(m.child("DocumentType")), m.text("Subject"), m.text("Content"), signer(m.child("SignerInfo")),
                m.text("DueDate"), texts(m.child("ToPlaces"), "Place"), otherInfo(m.child("OtherInfo")),
                m.all("ResponseFor").stream().map(PackageMapper::responseFor).toList(), m.text("SteeringType"),
                responseForTask(m), m.text("ApplicationType"));
    }

    private static List<String> responseForTask(XmlNode m) {
        return m.all("ResponseForTask").stream().flatMap(t -> t.all("TaskCode").stream()).map(XmlNode::text).toList();
    }

    static Organization organization(XmlNode o) {
        if (!o.present()) {
            return null;
        }
        return new Organization(o.text("OrganId"), o.text("OrganizationInCharge"), o.text("OrganName"),
                o.text("OrganAdd"), o.text("Email"), o.text("Telephone"), o.text("Fax"), o.text("Website"));
    }

    private static DocumentCode code(XmlNode c) {
        return c.present() ? new DocumentCode(c.text("CodeNumber"), c.text("CodeNotation")) : null;
    }

    private static PromulgationInfo promulgation(XmlNode p) {
        return p.present() ? new PromulgationInfo(p.text("Place"), p.text("PromulgationDate")) : null;
    }

    private static DocumentType documentType(XmlNode t) {
        return t.present() ? new DocumentType(t.text("Type"), t.text("TypeDetail"), t.text("TypeName")) : null;
    }

    private static SignerInfo signer(XmlNode s) {
        return s.present() ? new SignerInfo(s.text("Competence"), s.text("Position"), s.text("FullName")) : null;
    }

    private static OtherInfo otherInfo(XmlNode o) {
        if (!o.present()) {
            return null;
        }
        return new OtherInfo(o.text("Priority"), o.text("SphereOfPromulgation"), o.text("TyperNotation"),
                o.text("PromulgationAmount"), o.text("PageAmount"), o.text("Direction"),
                texts(o.child("Appendixes"), "Appendix"), o.text("ReplyFors"), o.text("ReferenceCodes"));
    }

    private static ResponseFor responseFor(XmlNode r) {
        return new ResponseFor(r.text("OrganId"), r.text("Code"), r.text("PromulgationDate"), r.text("DocumentId"));
    }

    private static TraceHeaderList trace(XmlNode t) {
        if (!t.present()) {
            return null;
        }
        List<TraceHeader> hops = t.all("TraceHeader").stream()
                .map(h -> new TraceHeader(h.text("OrganId"), h.text("Timestamp"))).toList();
        XmlNode b = t.child("Bussiness", "Business");
        return new TraceHeaderList(hops, b.present() ? business(b) : null);
    }

    private static Business business(XmlNode b) {
        XmlNode info = b.child("BussinessDocumentInfo", "BusinessDocumentInfo");
        BusinessDocumentInfo documentInfo = info.present() ? new BusinessDocumentInfo(info.text("DocumentInfo"),
                info.text("DocumentReceiver"), info.child("ReceiverList").all("Receiver").stream()
                        .map(r -> new Receiver(r.text("OrganId"), r.text("ReceiverType"))).toList()) : null;
        List<ReplacementInfo> replacements = b.child("ReplacementInfoList").all("ReplacementInfo").stream()
                .map(r -> new ReplacementInfo(r.text("DocumentId"), texts(r.child("OrganIdList"), "OrganId"))).toList();
        return new Business(b.text("DocumentId"), b.text("BussinessDocType", "BusinessDocType"),
                b.text("BussinessDocReason", "BusinessDocReason"), b.text("Paper"), staff(b.child("StaffInfo")),
                documentInfo, replacements);
    }

    static StaffInfo staff(XmlNode s) {
        if (!s.present()) {
            return null;
        }
        return new StaffInfo(s.text("Department"), s.text("DepartmentId"), s.text("Staff"), s.text("StaffId"),
                s.text("Email"), s.text("Mobile"));
    }

    private static StatusMessage status(XmlNode m) {
        XmlNode r = m.child("ResponseFor");
        String code = m.text("StatusCode");
        return new StatusMessage(organization(m.child("From")), r.present() ? responseFor(r) : null,
                staff(m.child("StaffInfo")), code == null || code.isEmpty() ? null : new StatusCode(code),
                m.text("Description"), m.text("Timestamp"));
    }

    private static ManifestReference reference(XmlNode r) {
        return new ManifestReference(Attachment.stripCid(r.text("ContentId")), r.text("ContentType"),
                r.text("AttachmentName"), r.text("Description"));
    }

    private static List<String> texts(XmlNode parent, String name) {
        return parent.all(name).stream().map(XmlNode::text).toList();
    }
}
