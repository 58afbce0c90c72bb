package vn.lienthong.axis.signature;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecEventFactory;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * A forward-only cursor of Santuario {@link XMLSecEvent}s over a package, read by a hardened,
 * non-coalescing StAX parser (no DTD, no external entities), so long text such as an attachment's
 * base64 arrives in small chunks. Each start element knows its ancestors, which is what the
 * streaming canonicalizers need for namespace context.
 */
final class PackageEvents implements AutoCloseable {
    static final int MAX_DEPTH = 100;
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;
    private static final XMLInputFactory FACTORY = hardenedFactory();

    private final InputStream in;
    private final XMLStreamReader reader;
    private XMLSecStartElement parent;
    private XMLSecStartElement closed;
    private boolean started;
    private DigestSink textSink;
    private ContentListener listener = ContentListener.NONE;

    PackageEvents(InputStream in) {
        this.in = in;
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * From now on, text inside the document element goes straight to {@code sink} in canonical
     * form instead of coming back as events (no String per chunk of an attachment's base64).
     */
    void divertText(DigestSink sink) {
        this.textSink = sink;
    }

    /** Diverted text is also shown to {@code listener}. */
    void listen(ContentListener listener) {
        this.listener = listener;
    }

    /** The next event, or null after the end of the document. */
    XMLSecEvent next() {
        try {
            if (started) {
                if (!reader.hasNext()) {
                    return null;
                }
                reader.next();
                while (textSink != null && parent != null && isText(reader.getEventType())) {
                    char[] chars = reader.getTextCharacters();
                    textSink.writeText(chars, reader.getTextStart(), reader.getTextLength());
                    listener.text(chars, reader.getTextStart(), reader.getTextLength());
                    if (!reader.hasNext()) {
                        return null;
                    }
                    reader.next();
                }
            }
            started = true;
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw new AxisException(AxisErrorCode.DTD_NOT_ALLOWED, "The package declares a DOCTYPE");
            }
            if (reader.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new AxisException(AxisErrorCode.DTD_NOT_ALLOWED, "The package uses an undeclared entity");
            }
            XMLSecEvent ev = XMLSecEventFactory.allocate(reader, parent);
            if (ev.isStartElement()) {
                parent = ev.asStartElement();
            } else if (ev.isEndElement()) {
                closed = parent;
                parent = parent.getParentXMLSecStartElement();
            }
            return ev;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof AxisException ax) {
                throw ax;
            }
            throw malformed(e);
        }
    }

    private static boolean isText(int type) {
        return type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.SPACE;
    }

    /** The innermost open element after the last event (null outside the root). */
    XMLSecStartElement current() {
        return parent;
    }

    /** The element the last end event closed. */
    XMLSecStartElement lastClosed() {
        return closed;
    }

    /** The raw StAX event type of the last event (tells CDATA from text). */
    int rawType() {
        return reader.getEventType();
    }

    /** The encoding the document declares, or null. */
    String declaredEncoding() {
        return reader.getCharacterEncodingScheme();
    }

    /** True for {@code Signature} in the XML-DSig or the QCVN namespace. */
    static boolean isSignatureName(QName name) {
        return "Signature".equals(name.getLocalPart())
                && (SignatureUris.DSIG_NS.equals(name.getNamespaceURI())
                        || SignatureUris.QCVN_NS.equals(name.getNamespaceURI()));
    }

    /** True for the one place a Signature may stand: {@code /edXML/edXMLEnvelope/edXMLHeader/Signature}. */
    static boolean isHeaderSignature(XMLSecStartElement e) {
        if (!isSignatureName(e.getName())) {
            return false;
        }
        XMLSecStartElement header = e.getParentXMLSecStartElement();
        return isHeader(header);
    }

    /** True for {@code /edXML/edXMLEnvelope/edXMLHeader} (matched on local names, as the spec advises). */
    static boolean isHeader(XMLSecStartElement header) {
        if (header == null || !"edXMLHeader".equals(header.getName().getLocalPart())) {
            return false;
        }
        XMLSecStartElement envelope = header.getParentXMLSecStartElement();
        if (envelope == null || !"edXMLEnvelope".equals(envelope.getName().getLocalPart())) {
            return false;
        }
        XMLSecStartElement root = envelope.getParentXMLSecStartElement();
        return root != null && "edXML".equals(root.getName().getLocalPart())
                && root.getParentXMLSecStartElement() == null;
    }

    /** A readable path of an element, e.g. {@code /edXML/edXMLEnvelope/edXMLHeader}. */
    static String path(XMLSecStartElement e) {
        StringBuilder sb = new StringBuilder();
        for (XMLSecStartElement p = e; p != null; p = p.getParentXMLSecStartElement()) {
            sb.insert(0, "/" + p.getName().getLocalPart());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            reader.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // nothing left to release
        }
    }

    private static AxisException malformed(Exception e) {
        return new AxisException(AxisErrorCode.MALFORMED_XML,
                "The package is not well-formed XML: " + e.getMessage(), null, e);
    }

    private static XMLInputFactory hardenedFactory() {
        // Woodstox (Santuario's own StAX dependency) explicitly: it hands long text over in chunks
        // when not coalescing, which is what keeps a 200 MB attachment out of the heap.
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("External resources are not resolved: " + systemId);
        });
        return f;
    }
}
