package vn.lienthong.axis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.lienthong.axis.edxml.Business;
import vn.lienthong.axis.edxml.BusinessDocumentInfo;
import vn.lienthong.axis.edxml.BusinessType;
import vn.lienthong.axis.edxml.DocumentCode;
import vn.lienthong.axis.edxml.DocumentId;
import vn.lienthong.axis.edxml.DocumentType;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.MessageHeader;
import vn.lienthong.axis.edxml.Organization;
import vn.lienthong.axis.edxml.PromulgationInfo;
import vn.lienthong.axis.edxml.ResponseFor;
import vn.lienthong.axis.edxml.StaffInfo;
import vn.lienthong.axis.edxml.StatusCode;
import vn.lienthong.axis.edxml.StatusMessage;
import vn.lienthong.axis.edxml.TraceHeader;
import vn.lienthong.axis.edxml.TraceHeaderList;

/**
 * Complete edXML packages as byte arrays for the pipeline tests: written by the project's writer and,
 * when the sender has a SAMPLE key in {@code certs-sample/}, signed with it (XML-DSig, rsa-sha256).
 */
public final class EdxmlSamples {
    private EdxmlSamples() {}

    /** A document package from {@code from} to {@code to}, BussinessDocType {@code type}. */
    public static byte[] document(String from, String documentId, int type, String responseFor, String subject,
                                  String... to) {
        return document(from, documentId, type, responseFor, subject, null, to);
    }

    /** A new document with a DueDate ({@code yyyy/MM/dd}). */
    public static byte[] documentDue(String from, String documentId, String subject, String dueDate, String... to) {
        return document(from, documentId, 0, null, subject, dueDate, to);
    }

    private static byte[] document(String from, String documentId, int type, String responseFor, String subject,
                                   String dueDate, String... to) {
        DocumentId id = DocumentId.parse(documentId);
        String date = id.promulgationDate().format(DocumentId.DATE);
        List<ResponseFor> links = responseFor == null ? List.of() : List.of(
                new ResponseFor(responseFor.split(",")[0], responseFor.substring(responseFor.lastIndexOf(',') + 1),
                        responseFor.split(",")[1], responseFor));
        MessageHeader header = new MessageHeader(Organization.of(from, "Cơ quan gửi"),
                java.util.Arrays.stream(to).map(t -> Organization.of(t, "Đơn vị nhận")).toList(), documentId,
                new DocumentCode(id.codeNumber(), id.codeNotation()), new PromulgationInfo("Thành phố Mẫu", date),
                new DocumentType("1", "0", "Công văn"), subject, null, null, dueDate, List.of(), null, links, "1",
                List.of(), null);
        BusinessType business = BusinessType.fromCode(String.valueOf(type)).orElseThrow();
        Business block = business == BusinessType.UPDATE
                ? new Business(responseFor, business.code(), "Cập nhật", "0", null,
                        new BusinessDocumentInfo("1", "0", List.of()), List.of())
                : Business.of(business, "Thử nghiệm");
        TraceHeaderList trace = new TraceHeaderList(List.of(new TraceHeader(from, date + " 09:00:00")), block);
        return signedIfPossible(EdxmlPackage.document(header, trace, List.of(), List.of()), from);
    }

    public static byte[] document(String from, String documentId, String subject, String... to) {
        return document(from, documentId, 0, null, subject, to);
    }

    /** A status package from {@code from} about {@code documentId} sent by {@code originalSender}. */
    public static byte[] status(String from, String code, String documentId, String originalSender, String description) {
        String[] parts = documentId.split(",");
        EdxmlPackage pkg = EdxmlPackage.status(new StatusMessage(Organization.of(from, "Cơ quan báo trạng thái"),
                new ResponseFor(originalSender, parts.length > 2 ? parts[2] : "1/UBND",
                        parts.length > 1 ? parts[1] : "2026/11/22", documentId),
                new StaffInfo("Văn thư", null, "Lê Văn C", null, "vanthu@example.gov.vn", null), new StatusCode(code),
                description, "2026/11/22 10:05:31"));
        return signedIfPossible(pkg, from);
    }

    private static byte[] signedIfPossible(EdxmlPackage pkg, String from) {
        try {
            Path dir = Files.createTempDirectory("edxml-sample-");
            Path file = dir.resolve("p.edxml");
            if (Files.exists(SampleKeys.signingP12(from, false))) {
                TestPackages.writeSigned(pkg, file, from, false);
            } else {
                TestPackages.write(pkg, file);
            }
            byte[] bytes = Files.readAllBytes(file);
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
