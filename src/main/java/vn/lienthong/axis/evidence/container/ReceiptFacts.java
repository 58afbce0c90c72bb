package vn.lienthong.axis.evidence.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.EvidenceSigner;

/** One receipt of a container: its signature by the axis, the package it names, and what it states. */
final class ReceiptFacts {
    static final String NS = "urn:lienthong:axis:evidence:1";

    private ReceiptFacts() {}

    static ObjectNode check(String name, String xml, String packageSha256, X509Certificate trusted, Path scratch,
                            ObjectMapper json, ArrayNode problems) {
        ObjectNode out = json.createObjectNode().put("file", name);
        try {
            EvidenceSigner.verify(xml, trusted, scratch);
            out.put("signature", "VALID");
        } catch (AxisException e) {
            out.put("signature", "INVALID");
            problems.add(name + ": " + e.getMessage());
            return out;
        }
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = dbf.newDocumentBuilder().parse(ContainerVerifier.stream(xml));
            Element receipt = first(doc, "AcceptanceReceipt");
            boolean acceptance = receipt != null;
            receipt = acceptance ? receipt : first(doc, "DeliveryReceipt");
            if (receipt == null) {
                problems.add(name + ": neither an acceptance nor a delivery receipt");
                return out;
            }
            out.put("kind", acceptance ? "acceptance" : "delivery");
            out.put("axisId", text(doc, "AxisId"));
            out.put("from", text(doc, "From"));
            out.put("documentId", text(doc, "DocumentId"));
            String named = attr(doc, "Package", "Sha256");
            out.put("packageSha256", named);
            if (packageSha256 == null || !packageSha256.equals(named)) {
                problems.add(name + ": names the package SHA-256 " + named + ", not the container's " + packageSha256);
            }
            Element event = first(doc, "Event");
            if (event != null) {
                out.put("event", event.getAttribute("Type")).put("at", event.getAttribute("At"));
            }
            if (acceptance) {
                out.put("acceptedAt", text(doc, "AcceptedAt"));
                ArrayNode to = out.putArray("recipients");
                NodeList rs = doc.getElementsByTagNameNS(NS, "Recipient");
                for (int i = 0; i < rs.getLength(); i++) {
                    to.add(((Element) rs.item(i)).getAttribute("OrganId"));
                }
            } else {
                out.put("recipient", attr(doc, "Copy", "Recipient"));
            }
        } catch (Exception e) {
            problems.add(name + ": unreadable receipt: " + e.getMessage());
        }
        return out;
    }

    private static Element first(Document doc, String local) {
        NodeList l = doc.getElementsByTagNameNS(NS, local);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Document doc, String local) {
        Element e = first(doc, local);
        return e == null ? null : e.getTextContent();
    }

    private static String attr(Document doc, String local, String attr) {
        Element e = first(doc, local);
        return e == null ? null : e.getAttribute(attr);
    }
}
