package vn.lienthong.axis.support;

import java.nio.charset.StandardCharsets;

/** Small edXML packages (unsigned: the test profile's inspector reads the header only). */
public final class EdxmlSamples {
    private EdxmlSamples() {}

    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    /** A document package from {@code from} to {@code to}, BussinessDocType {@code type}. */
    public static byte[] document(String from, String documentId, int type, String responseFor, String subject,
                                  String... to) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"").append(NS).append("\">\n")
          .append(" <edXML:edXMLEnvelope xmlns:edXML=\"").append(NS).append("\">\n  <edXML:edXMLHeader>\n")
          .append("   <edXML:MessageHeader>\n    <edXML:From><edXML:OrganId>").append(from)
          .append("</edXML:OrganId><edXML:OrganName>Cơ quan gửi</edXML:OrganName></edXML:From>\n");
        for (String t : to) {
            sb.append("    <edXML:To><edXML:OrganId>").append(t).append("</edXML:OrganId></edXML:To>\n");
        }
        sb.append("    <edXML:DocumentId>").append(documentId).append("</edXML:DocumentId>\n");
        if (responseFor != null) {
            sb.append("    <edXML:ResponseFor><edXML:OrganId>").append(from).append("</edXML:OrganId><edXML:DocumentId>")
              .append(responseFor).append("</edXML:DocumentId></edXML:ResponseFor>\n");
        }
        sb.append("    <edXML:Subject>").append(subject).append("</edXML:Subject>\n   </edXML:MessageHeader>\n")
          .append("   <edXML:TraceHeaderList><edXML:Bussiness><edXML:BussinessDocType>").append(type)
          .append("</edXML:BussinessDocType></edXML:Bussiness></edXML:TraceHeaderList>\n")
          .append("  </edXML:edXMLHeader>\n </edXML:edXMLEnvelope>\n</edXML>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] document(String from, String documentId, String subject, String... to) {
        return document(from, documentId, 0, null, subject, to);
    }

    /** A status package from {@code from} about {@code documentId} sent by {@code originalSender}. */
    public static byte[] status(String from, String code, String documentId, String originalSender, String description) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"" + NS + "\">\n"
                + " <edXML:edXMLEnvelope xmlns:edXML=\"" + NS + "\">\n  <edXML:edXMLHeader>\n   <edXML:MessageHeader>\n"
                + "    <edXML:From><edXML:OrganId>" + from + "</edXML:OrganId></edXML:From>\n"
                + "    <edXML:ResponseFor><edXML:OrganId>" + originalSender + "</edXML:OrganId><edXML:DocumentId>"
                + documentId + "</edXML:DocumentId></edXML:ResponseFor>\n"
                + "    <edXML:StatusCode>" + code + "</edXML:StatusCode>\n"
                + "    <edXML:Description>" + description + "</edXML:Description>\n"
                + "   </edXML:MessageHeader>\n  </edXML:edXMLHeader>\n </edXML:edXMLEnvelope>\n</edXML>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
