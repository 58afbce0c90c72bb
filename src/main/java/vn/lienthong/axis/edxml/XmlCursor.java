package vn.lienthong.axis.edxml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * A hardened Woodstox reader that enforces {@link ReaderLimits} itself (so refusals name the element path)
 * and refuses any DOCTYPE. No DTD, no entity expansion, no external fetch, no XInclude.
 */
final class XmlCursor {
    static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

    private final XMLStreamReader reader;
    private final ReaderLimits limits;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<int[]> childCounts = new ArrayDeque<>();
    private long elementCount;

    XmlCursor(InputStream in, ReaderLimits limits) throws XMLStreamException {
        this.limits = limits;
        this.reader = FACTORIES.computeIfAbsent(limits, XmlCursor::factory).createXMLStreamReader(in);
        childCounts.push(new int[1]);
    }

    /** One configured factory per limits (configured once; thread-safe from then on, and it shares its symbol table). */
    private static final java.util.Map<ReaderLimits, XMLInputFactory> FACTORIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static XMLInputFactory factory(ReaderLimits limits) {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        // Backstops only: our own checks below fire first and name the path.
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth() + 1);
        f.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, limits.maxChildrenPerElement() + 1);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, limits.maxElementCount() + 1);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributesPerElement() + 1);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxAttributeSize() + 1);
        f.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, 64);
        return f;
    }

    /** Advances to the next event, enforcing the limits; returns the event type. */
    int next() throws XMLStreamException {
        int event = reader.next();
        switch (event) {
            case XMLStreamConstants.DTD -> throw new AxisException(AxisErrorCode.DTD_NOT_ALLOWED,
                    "the package has a DOCTYPE declaration; DTDs and entities are not allowed", "edXML");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new AxisException(AxisErrorCode.DTD_NOT_ALLOWED,
                    "entity reference &" + reader.getLocalName() + "; is not allowed", path());
            case XMLStreamConstants.START_ELEMENT -> enter();
            case XMLStreamConstants.END_ELEMENT -> leave();
            default -> { }
        }
        return event;
    }

    private void enter() {
        String name = reader.getLocalName();
        childCounts.peek()[0]++;
        if (childCounts.peek()[0] > limits.maxChildrenPerElement()) {
            throw limit("more than " + limits.maxChildrenPerElement() + " child elements", path());
        }
        path.addLast(name);
        childCounts.push(new int[1]);
        if (path.size() > limits.maxDepth()) {
            throw limit("elements nested deeper than " + limits.maxDepth(), path());
        }
        if (++elementCount > limits.maxElementCount()) {
            throw limit("more than " + limits.maxElementCount() + " elements", path());
        }
        checkAttributes();
        if (XINCLUDE_NS.equals(reader.getNamespaceURI())) {
            throw new AxisException(AxisErrorCode.NOT_EDXML, "XInclude elements are not part of edXML", path());
        }
    }

    private void checkAttributes() {
        int count = reader.getAttributeCount();
        if (count > limits.maxAttributesPerElement()) {
            throw limit(count + " attributes, more than " + limits.maxAttributesPerElement(), path());
        }
        for (int i = 0; i < count; i++) {
            if (reader.getAttributeValue(i).length() > limits.maxAttributeSize()) {
                throw limit("attribute " + reader.getAttributeLocalName(i) + " is longer than "
                        + limits.maxAttributeSize() + " characters", path() + "/@" + reader.getAttributeLocalName(i));
            }
        }
    }

    private void leave() {
        path.pollLast();
        childCounts.pop();
    }

    /** Advances to the root element. */
    void toRoot() throws XMLStreamException {
        while (next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: comments, processing instructions, whitespace
        }
    }

    /** Reads the current element (at START_ELEMENT) and its subtree into a node; text limited per element. */
    XmlNode readElement() throws XMLStreamException {
        String name = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(readElement());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new XmlNode(name, text.toString().strip(), List.copyOf(children));
            } else if (isText(event)) {
                if (text.length() + reader.getTextLength() > limits.maxHeaderTextChars()) {
                    throw limit("text longer than " + limits.maxHeaderTextChars() + " characters", path());
                }
                text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
        }
    }

    /** Skips the current element (at START_ELEMENT) and its subtree, still enforcing the limits. */
    void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads to the end of the document, so trailing garbage is refused. */
    void toEnd() throws XMLStreamException {
        while (reader.hasNext()) {
            next();
        }
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    XMLStreamReader reader() {
        return reader;
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** The element path, e.g. {@code edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject}. */
    String path() {
        return String.join("/", path);
    }

    void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the buffers
        }
    }

    static AxisException limit(String detail, String field) {
        return new AxisException(AxisErrorCode.XML_LIMIT_EXCEEDED, detail, field);
    }
}
