package vn.lienthong.axis.edxml;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin indenting wrapper over a Woodstox stream writer, for the edXML element forms the VNPT SDK emits. */
final class XmlOut {
    private final XMLStreamWriter writer;
    private int depth;
    private boolean lastWasStart;

    /** Writes the XML declaration in the double-quoted form the samples use, then opens the stream writer. */
    XmlOut(OutputStream out) throws XMLStreamException, java.io.IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        XMLOutputFactory factory = new WstxOutputFactory();
        this.writer = factory.createXMLStreamWriter(out, "UTF-8");
    }

    XMLStreamWriter writer() {
        return writer;
    }

    /** {@code <edXML:name>}, or {@code <name>} in the default namespace when prefix is empty. */
    void start(String prefix, String name) throws XMLStreamException {
        newline();
        writer.writeStartElement(prefix, name, EdxmlReader.QCVN_NS);
        depth++;
        lastWasStart = true;
    }

    void end() throws XMLStreamException {
        depth--;
        if (!lastWasStart) {
            newline();
        }
        writer.writeEndElement();
        lastWasStart = false;
    }

    /** A leaf element with text; skipped when the value is null, empty when it is "". */
    void leaf(String prefix, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline();
        writer.writeStartElement(prefix, name, EdxmlReader.QCVN_NS);
        writer.writeCharacters(value);
        writer.writeEndElement();
        lastWasStart = false;
    }

    /** A wrapper element with one leaf per value; skipped when the list is empty. */
    void leaves(String prefix, String wrapper, String name, List<String> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        start(prefix, wrapper);
        for (String v : values) {
            leaf(prefix, name, v);
        }
        end();
    }

    /** Raw text inside the current element (used for base64 chunks). */
    void text(char[] chars, int length) throws XMLStreamException {
        writer.writeCharacters(chars, 0, length);
        lastWasStart = false;
    }

    private void newline() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    void finish() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }
}
