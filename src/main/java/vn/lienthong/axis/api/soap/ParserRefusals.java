package vn.lienthong.axis.api.soap;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * What CXF's hardened StAX reader refused, in the catalogue's words: a DOCTYPE (SOAP forbids DTDs),
 * a structure limit ({@code axis.limits.*}), or XML that is not well-formed.
 */
final class ParserRefusals {
    private ParserRefusals() {}

    /** The refusal behind a CXF fault raised while reading the request, or null if it is not one. */
    static AxisException classify(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("event dtd") || m.contains("doctype")) {
                return new AxisException(AxisErrorCode.DTD_NOT_ALLOWED,
                        "a SOAP request must not contain a DOCTYPE declaration", "Envelope");
            }
            if (m.contains("limit") && m.contains("exceeded")) {
                return new AxisException(AxisErrorCode.XML_LIMIT_EXCEEDED, "the request exceeds an XML limit of"
                        + " this axis (depth, children, attributes or text length)", "Envelope");
            }
            if (t instanceof XMLStreamException && isWellFormednessError(m)) {
                return new AxisException(AxisErrorCode.MALFORMED_XML, "the SOAP request is not well-formed XML",
                        "Envelope");
            }
        }
        return null;
    }

    private static boolean isWellFormednessError(String m) {
        return m.contains("unexpected") || m.contains("illegal") || m.contains("invalid")
                || m.contains("eof") || m.contains("end of file");
    }
}
