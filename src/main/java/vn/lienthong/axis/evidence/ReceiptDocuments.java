package vn.lienthong.axis.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.LedgerEvent;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;
import vn.lienthong.axis.ledger.chain.XmlText;

/**
 * The unsigned receipts (biên nhận), in the edXML envelope shape the signature profile expects:
 * the statement sits in {@code edXMLHeader}, the axis's Signature is appended after it.
 */
final class ReceiptDocuments {
    /** Where the attested event sits in the hash-chained ledger. */
    record ChainPosition(int lane, long seq, String entryHash) {}

    private ReceiptDocuments() {}

    static String acceptance(String node, StoredPackage p, List<Delivery> deliveries, JsonNode report,
                             LedgerEvent accepted, ChainPosition pos) {
        StringBuilder sb = open("AcceptanceReceipt", node);
        packageFacts(sb, p);
        sb.append("<Recipients>");
        for (Delivery d : deliveries) {
            sb.append("<Recipient OrganId=\"").append(XmlText.attr(d.recipient())).append("\" Route=\"")
                    .append(d.route().wireName()).append("\"></Recipient>");
        }
        sb.append("</Recipients>");
        el(sb, "AcceptedAt", utc(p.receivedAt()));
        verification(sb, report);
        event(sb, accepted, pos);
        return close(sb, "AcceptanceReceipt");
    }

    static String delivery(String node, StoredPackage p, Delivery d, LedgerEvent e, ChainPosition pos) {
        StringBuilder sb = open("DeliveryReceipt", node);
        packageFacts(sb, p);
        sb.append("<Copy Recipient=\"").append(XmlText.attr(d.recipient())).append("\" Route=\"")
                .append(d.route().wireName()).append("\"></Copy>");
        event(sb, e, pos);
        return close(sb, "DeliveryReceipt");
    }

    private static void packageFacts(StringBuilder sb, StoredPackage p) {
        el(sb, "AxisId", p.axisId());
        el(sb, "Kind", p.kind().wireName());
        el(sb, "From", p.from());
        el(sb, "DocumentId", p.documentId());
        el(sb, "BusinessType", p.businessType() == null ? null : p.businessType().toString());
        el(sb, "StatusCode", p.statusCode());
        el(sb, "ResponseForDocumentId", p.responseForDocumentId());
        sb.append("<Package Sha256=\"").append(p.sha256()).append("\" Size=\"").append(p.size()).append("\"></Package>");
    }

    private static void verification(StringBuilder sb, JsonNode r) {
        if (r == null) {
            sb.append("<Verification Recorded=\"false\"></Verification>");
            return;
        }
        sb.append("<Verification Valid=\"").append(r.path("valid").asBoolean()).append("\" Policy=\"")
                .append(XmlText.attr(r.path("policy").asText(""))).append("\" AttachmentPolicy=\"")
                .append(XmlText.attr(r.path("attachmentPolicy").asText(""))).append("\" VerifiedAt=\"")
                .append(XmlText.attr(r.path("verifiedAt").asText(""))).append("\">");
        JsonNode ps = r.path("packageSignature");
        JsonNode sig = ps.path("signature");
        sb.append("<PackageSignature Status=\"").append(XmlText.attr(ps.path("status").asText(""))).append("\"");
        attr(sb, "SignatureMethod", sig.path("signatureMethod").asText(null));
        attr(sb, "Signer", sig.path("signerSubject").asText(null));
        attr(sb, "Issuer", sig.path("signerIssuer").asText(null));
        attr(sb, "SerialHex", sig.path("signerSerialHex").asText(null));
        attr(sb, "SignerSha256", sig.path("signerSha256").asText(null));
        attr(sb, "Binding", ps.path("binding").asText(null));
        attr(sb, "RevocationSource", ps.path("revocationSource").asText(null));
        sb.append("></PackageSignature>");
        for (JsonNode a : r.path("attachments")) {
            sb.append("<Attachment Name=\"").append(XmlText.attr(a.path("attachmentName").asText(""))).append("\" Status=\"")
                    .append(XmlText.attr(a.path("status").asText(""))).append("\">");
            for (JsonNode s : a.path("signatures")) {
                sb.append("<Signature Status=\"").append(XmlText.attr(s.path("status").asText(""))).append("\"");
                attr(sb, "Type", s.path("type").asText(null));
                attr(sb, "Signer", s.path("signerSubject").asText(null));
                attr(sb, "SigningTime", s.path("signingTime").asText(null));
                sb.append("></Signature>");
            }
            sb.append("</Attachment>");
        }
        sb.append("</Verification>");
    }

    private static void event(StringBuilder sb, LedgerEvent e, ChainPosition pos) {
        sb.append("<Event Id=\"").append(e.id()).append("\" Type=\"").append(XmlText.attr(e.type())).append("\" At=\"")
                .append(utc(e.at())).append("\"");
        attr(sb, "State", e.state());
        sb.append(">").append(XmlText.text(e.detail())).append("</Event>");
        sb.append("<LedgerEntry Lane=\"").append(pos.lane()).append("\" Seq=\"").append(pos.seq())
                .append("\" EntryHash=\"").append(pos.entryHash()).append("\"></LedgerEntry>");
    }

    private static StringBuilder open(String name, String node) {
        return new StringBuilder(2048).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"")
                .append(CheckpointDocument.NS).append("\"><edXMLEnvelope><edXMLHeader><").append(name)
                .append(" Axis=\"").append(XmlText.attr(node)).append("\" IssuedAt=\"")
                .append(utc(OffsetDateTime.now(ZoneOffset.UTC))).append("\">");
    }

    private static String close(StringBuilder sb, String name) {
        return sb.append("</").append(name).append("></edXMLHeader><edXMLBody></edXMLBody></edXMLEnvelope></edXML>\n")
                .toString();
    }

    private static void el(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append('<').append(name).append('>').append(XmlText.text(value)).append("</").append(name).append('>');
        }
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (value != null && !value.isEmpty() && !"null".equals(value)) {
            sb.append(' ').append(name).append("=\"").append(XmlText.attr(value)).append('"');
        }
    }

    static String utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
