package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/** Builds edXML packages (spec skeleton A) as text; the real edXML writer is not merged yet. */
final class SamplePackages {
    static final String QCVN = SignatureUris.QCVN_NS;

    private SamplePackages() {}

    /** An unsigned document package with {@code attachments} attachments of {@code bytes} random bytes. */
    static String document(int attachments, int bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<edXML xmlns=\"").append(QCVN).append("\">\n")
                .append("  <edXML:edXMLEnvelope xmlns:edXML=\"").append(QCVN).append("\">\n")
                .append("    <edXML:edXMLHeader>\n")
                .append("      <edXML:MessageHeader>\n")
                .append("        <edXML:From>\n          <edXML:OrganId>000.00.00.H99</edXML:OrganId>\n")
                .append("          <edXML:OrganName>UBND tỉnh Mẫu</edXML:OrganName>\n        </edXML:From>\n")
                .append("        <edXML:To>\n          <edXML:OrganId>000.00.00.G22</edXML:OrganId>\n")
                .append("          <edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>\n        </edXML:To>\n")
                .append("        <edXML:DocumentId>000.00.00.H99,2025/06/02,125/UBND-VP</edXML:DocumentId>\n")
                .append("        <edXML:Subject>V/v báo cáo &amp; thử nghiệm</edXML:Subject>\n")
                .append("      </edXML:MessageHeader>\n")
                .append("      <edXML:TraceHeaderList>\n        <edXML:TraceHeader>\n")
                .append("          <edXML:OrganId>000.00.00.H99</edXML:OrganId>\n")
                .append("          <edXML:Timestamp>2025/06/02 09:15:00</edXML:Timestamp>\n")
                .append("        </edXML:TraceHeader>\n      </edXML:TraceHeaderList>\n")
                .append("    </edXML:edXMLHeader>\n")
                .append("    <edXML:edXMLBody>\n      <edXML:edXMLManifest version=\"1.0\">\n");
        for (int i = 0; i < attachments; i++) {
            sb.append("        <edXML:Reference><edXML:ContentId>cid:").append(i)
                    .append("</edXML:ContentId></edXML:Reference>\n");
        }
        sb.append("      </edXML:edXMLManifest>\n    </edXML:edXMLBody>\n  </edXML:edXMLEnvelope>\n");
        if (attachments > 0) {
            Random r = new Random(42);
            sb.append("  <AttachmentEncoded>\n");
            for (int i = 0; i < attachments; i++) {
                byte[] payload = new byte[bytes];
                r.nextBytes(payload);
                sb.append("    <Attachment><ContentId>cid:").append(i).append("</ContentId>")
                        .append("<ContentTransferEncoded>").append(Base64.getMimeEncoder().encodeToString(payload))
                        .append("</ContentTransferEncoded></Attachment>\n");
            }
            sb.append("  </AttachmentEncoded>\n");
        }
        return sb.append("</edXML>\n").toString();
    }

    static Path write(Path dir, String name, String xml) throws IOException {
        return Files.write(dir.resolve(name), xml.getBytes(UTF_8));
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, UTF_8);
    }
}
