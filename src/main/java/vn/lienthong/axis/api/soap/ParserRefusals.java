package vn.lienthong.axis.api.soap;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * What CXF's hardened StAX reader refused, in the catalogue's words: a DOCTYPE (SOAP forbids DTDs),
 * a structure limit ({@code axis.limits.*}), XML that is not well-formed; and what its SOAP binding refused:
 * a SOAP 1.2 envelope, a body that is no envelope, a multipart body that does not match its boundary.
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
            if (m.contains("soap 1.2 message is not valid")) {
                return new AxisException(AxisErrorCode.UNSUPPORTED_MEDIA_TYPE, "this endpoint speaks SOAP 1.1"
                        + " (Content-Type text/xml); the request is a SOAP 1.2 envelope", "Envelope");
            }
            if (m.contains("you must send a soap message")) {
                return new AxisException(AxisErrorCode.BAD_REQUEST, "the body is not a SOAP 1.1 Envelope", "Envelope");
            }
            if (m.contains("mime boundary") || m.contains("determine the boundary")) {
                return new AxisException(AxisErrorCode.BAD_REQUEST, "the multipart/related body does not match the"
                        + " boundary of its Content-Type", "Content-Type");
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
