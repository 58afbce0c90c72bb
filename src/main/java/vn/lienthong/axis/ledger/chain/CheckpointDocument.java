package vn.lienthong.axis.ledger.chain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The checkpoint the axis signs: the head (lane, seq, entry hash) of every lane at one moment, in
 * the edXML envelope shape so the package signature profile and {@code xmlsec1} apply unchanged.
 */
public final class CheckpointDocument {
    public static final String NS = "urn:lienthong:axis:evidence:1";

    /** One lane head. */
    public record Head(int lane, long seq, String hash) {}

    /** The parsed content: when, by which node, the heads. */
    public record Parsed(String createdAt, String node, List<Head> heads) {
        public long entries() { return heads.stream().mapToLong(Head::seq).sum(); }
    }

    private CheckpointDocument() {}

    /** The unsigned document. */
    public static String unsigned(String createdAt, String node, List<Head> heads) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"" + NS
                + "\"><edXMLEnvelope><edXMLHeader><LedgerCheckpoint CreatedAt=\"" + createdAt + "\" Node=\""
                + XmlText.attr(node) + "\">");
        for (Head h : heads) {
            sb.append("<Head Lane=\"").append(h.lane()).append("\" Seq=\"").append(h.seq()).append("\" EntryHash=\"")
                    .append(h.hash()).append("\"></Head>");
        }
        return sb.append("</LedgerCheckpoint></edXMLHeader><edXMLBody></edXMLBody></edXMLEnvelope></edXML>\n")
                .toString();
    }

    /** Reads a (signed) checkpoint; throws MALFORMED_XML if it is not one. */
    public static Parsed parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element cp = (Element) doc.getElementsByTagNameNS(NS, "LedgerCheckpoint").item(0);
            NodeList nodes = cp.getElementsByTagNameNS(NS, "Head");
            List<Head> heads = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element h = (Element) nodes.item(i);
                heads.add(new Head(Integer.parseInt(h.getAttribute("Lane")), Long.parseLong(h.getAttribute("Seq")),
                        h.getAttribute("EntryHash")));
            }
            return new Parsed(cp.getAttribute("CreatedAt"), cp.getAttribute("Node"), heads);
        } catch (Exception e) {
            throw new AxisException(AxisErrorCode.MALFORMED_XML, "not a ledger checkpoint: " + e.getMessage(), null, e);
        }
    }
}
