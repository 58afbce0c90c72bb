package vn.lienthong.axis.signature;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xml.security.stax.ext.stax.XMLSecAttribute;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;

/** A small read-only element tree built from the captured Signature events (never from the package). */
record XmlNode(QName name, Map<String, String> attributes, List<XmlNode> children, String text) {

    String local() {
        return name.getLocalPart();
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    List<XmlNode> children(String localName) {
        return children.stream().filter(c -> c.local().equals(localName)).toList();
    }

    /** Builds the tree of the first element in {@code events}; events after its end are ignored. */
    static XmlNode of(List<XMLSecEvent> events) {
        Deque<Builder> stack = new ArrayDeque<>();
        for (XMLSecEvent ev : events) {
            if (ev.isStartElement()) {
                stack.push(new Builder(ev.asStartElement()));
            } else if (ev.isCharacters() && !stack.isEmpty()) {
                stack.peek().text.append(ev.asCharacters().getText());
            } else if (ev.isEndElement()) {
                XmlNode node = stack.pop().build();
                if (stack.isEmpty()) {
                    return node;
                }
                stack.peek().children.add(node);
            }
        }
        throw new IllegalStateException("unterminated element");
    }

    private static final class Builder {
        final XMLSecStartElement start;
        final List<XmlNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(XMLSecStartElement start) {
            this.start = start;
        }

        XmlNode build() {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (XMLSecAttribute a : start.getOnElementDeclaredAttributes()) {
                QName n = a.getName();
                String key = n.getNamespaceURI().isEmpty() ? n.getLocalPart() : n.toString();
                attrs.put(key, a.getValue());
            }
            return new XmlNode(start.getName(), Map.copyOf(attrs), List.copyOf(children), text.toString());
        }
    }
}
