package vn.lienthong.axis.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Seeds the fixtures lack: a package whose attachment is a single-entry ZIP. */
final class FuzzSeeds {
    private FuzzSeeds() {}

    static byte[] zippedAttachmentPackage() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("van-ban.txt"));
            z.write("Nội dung văn bản ".repeat(40).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return ("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
                + "<From><OrganId>000.00.00.H99</OrganId></From></MessageHeader></edXMLHeader></edXMLEnvelope>"
                + "<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId><ContentTransferEncoded>"
                + Base64.getEncoder().encodeToString(zip.toByteArray())
                + "</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>").getBytes(StandardCharsets.UTF_8);
    }
}
