package vn.lienthong.axis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.PackageFacts;

/**
 * SAMPLE inspector for the local and test profiles until the edXML reader and the signature/trust
 * verifier are wired in: reads the edXML header fields with a hardened StAX reader (no DTD, no
 * external entities) and checks NO signature. Never enable it in production
 * ({@code axis.intake.inspector=unverified-header}).
 */
public class UnverifiedHeaderInspector implements IntakeInspector {
    private static final int MAX_DEPTH = 100;

    @Override
    public PackageFacts inspect(SpooledPackage spooled) {
        Header h = new Header();
        try (InputStream in = Files.newInputStream(spooled.file())) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new AxisException(AxisErrorCode.DTD_NOT_ALLOWED, "the package has a DOCTYPE declaration");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (path.isEmpty() && !"edXML".equalsIgnoreCase(r.getLocalName())) {
                        throw new AxisException(AxisErrorCode.NOT_EDXML, "the root element is " + r.getLocalName()
                                + ", not edXML", "/");
                    }
                    path.push(r.getLocalName());
                    if (path.size() > MAX_DEPTH) {
                        throw new AxisException(AxisErrorCode.XML_LIMIT_EXCEEDED, "nesting deeper than " + MAX_DEPTH);
                    }
                    if ("AttachmentEncoded".equals(r.getLocalName())) {
                        break;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && !path.isEmpty()) {
                    h.text(path, r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    h.end(path);
                    path.pop();
                }
            }
        } catch (XMLStreamException e) {
            throw new AxisException(AxisErrorCode.MALFORMED_XML, "the package is not well-formed XML: " + e.getMessage(),
                    null, e);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot read the spool file", null, e);
        }
        return h.facts(spooled);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** The header fields, collected by element path. */
    private static final class Header {
        String from;
        final List<String> to = new ArrayList<>();
        String documentId;
        String subject;
        String statusCode;
        String responseForDocumentId;
        String responseForOrganId;
        String replacedDocumentId;
        String businessType;
        final StringBuilder text = new StringBuilder();

        void text(Deque<String> path, String s) {
            text.append(s);
        }

        void end(Deque<String> path) {
            String value = text.toString().trim();
            text.setLength(0);
            String name = path.peek();
            String parent = path.size() > 1 ? path.toArray(new String[0])[1] : "";
            if (value.isEmpty() || !path.contains("edXMLHeader")) {
                return;
            }
            switch (parent + "/" + name) {
                case "From/OrganId" -> from = upper(value);
                case "To/OrganId" -> to.add(upper(value));
                case "MessageHeader/DocumentId" -> documentId = value;
                case "MessageHeader/Subject" -> subject = value;
                case "MessageHeader/StatusCode" -> statusCode = value;
                case "ResponseFor/DocumentId" -> responseForDocumentId = value;
                case "ResponseFor/OrganId" -> responseForOrganId = upper(value);
                case "ReplacementInfo/DocumentId" -> replacedDocumentId = value;
                case "Bussiness/BussinessDocType", "Business/BusinessDocType" -> businessType = value;
                default -> { }
            }
        }

        PackageFacts facts(SpooledPackage s) {
            require(from, "MessageHeader/From/OrganId");
            if (statusCode != null) {
                require(responseForDocumentId, "MessageHeader/ResponseFor/DocumentId");
                return PackageFacts.status(from, statusCode, responseForDocumentId, responseForOrganId, s.sha256(),
                        s.size());
            }
            require(documentId, "MessageHeader/DocumentId");
            int type = parseType();
            if (to.isEmpty()) {
                throw new AxisException(AxisErrorCode.VALIDATION_FAILED, "the document names no recipient",
                        "MessageHeader/To/OrganId");
            }
            String related = responseForDocumentId != null ? responseForDocumentId : replacedDocumentId;
            return PackageFacts.document(from, to, documentId, type, related, subject, s.sha256(), s.size());
        }

        private int parseType() {
            if (businessType == null) {
                return PackageFacts.NEW;
            }
            try {
                int t = Integer.parseInt(businessType);
                if (t >= 0 && t <= 3) {
                    return t;
                }
            } catch (NumberFormatException ignored) {
                // falls through
            }
            throw new AxisException(AxisErrorCode.VALIDATION_FAILED, "BussinessDocType must be 0, 1, 2 or 3, not "
                    + businessType, "TraceHeaderList/Bussiness/BussinessDocType");
        }

        private static void require(String value, String field) {
            if (value == null) {
                throw new AxisException(AxisErrorCode.VALIDATION_FAILED, field + " is missing", field);
            }
        }

        private static String upper(String s) {
            return s.toUpperCase(Locale.ROOT);
        }
    }
}
