package vn.lienthong.axis.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lienthong.axis.edxml.Attachment;
import vn.lienthong.axis.edxml.Business;
import vn.lienthong.axis.edxml.BusinessType;
import vn.lienthong.axis.edxml.DocumentCode;
import vn.lienthong.axis.edxml.DocumentType;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlWriter;
import vn.lienthong.axis.edxml.ManifestReference;
import vn.lienthong.axis.edxml.MessageHeader;
import vn.lienthong.axis.edxml.Organization;
import vn.lienthong.axis.edxml.PromulgationInfo;
import vn.lienthong.axis.edxml.ResponseFor;
import vn.lienthong.axis.edxml.StaffInfo;
import vn.lienthong.axis.edxml.StatusCode;
import vn.lienthong.axis.edxml.StatusMessage;
import vn.lienthong.axis.edxml.TraceHeader;
import vn.lienthong.axis.edxml.TraceHeaderList;
import vn.lienthong.axis.signature.EdxmlSigner;

/**
 * Real edXML packages for tests: written with the project's writer and signed with the SAMPLE
 * agency keys of {@code certs-sample/} (password {@code sample-password}).
 */
public final class TestPackages {
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private TestPackages() {}

    /** A new document (business type 0) from {@code from} to {@code to}, with a unique number. */
    public static EdxmlPackage document(String from, List<String> to, Path... attachments) {
        return document(from, to, BusinessType.NEW, null, attachments);
    }

    /** A document of the given business type; {@code target} is the DocumentId a revoke/update points at. */
    public static EdxmlPackage document(String from, List<String> to, BusinessType type, String target,
                                        Path... attachments) {
        String number = String.valueOf(SEQUENCE.incrementAndGet());
        String date = LocalDate.now().format(DATE);
        List<Organization> recipients = to.stream().map(code -> Organization.of(code, "Đơn vị " + code)).toList();
        List<ResponseFor> responseFor = target == null ? List.of()
                : List.of(new ResponseFor(target.split(",")[0], "1/UBND", date, target));
        MessageHeader header = new MessageHeader(Organization.of(from, "Cơ quan " + from), recipients,
                from + "," + date + "," + number + "/UBND-VP", new DocumentCode(number, "UBND-VP"),
                new PromulgationInfo("Thành phố Mẫu", date), new DocumentType("1", "0", "Công văn"),
                "V/v báo cáo tình hình thử nghiệm số " + number, "Nội dung tiếng Việt: Đ đ ă â ê ô ơ ư",
                null, null, List.of(), null, responseFor, "1", List.of(), null);
        TraceHeaderList trace = new TraceHeaderList(
                List.of(new TraceHeader(from, LocalDateTime.now().format(TIME))), Business.of(type, "Thử nghiệm"));
        List<Attachment> files = new ArrayList<>();
        for (int i = 0; i < attachments.length; i++) {
            Path f = attachments[i];
            String name = f.getFileName().toString();
            files.add(Attachment.ofFile("att-" + (i + 1), name,
                    name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream", f));
        }
        return EdxmlPackage.document(header, trace, files.stream().map(ManifestReference::of).toList(), files);
    }

    /** A status package from {@code from} about {@code documentId} (sent by {@code documentSender}). */
    public static EdxmlPackage status(String from, String documentSender, String documentId, StatusCode code) {
        String number = documentId.substring(documentId.lastIndexOf(',') + 1);
        String date = documentId.split(",")[1];
        return EdxmlPackage.status(new StatusMessage(Organization.of(from, "Cơ quan " + from),
                new ResponseFor(documentSender, number, date, documentId),
                new StaffInfo("Văn thư", null, "Lê Văn C", null, "vanthu@example.gov.vn", null), code,
                "Đã tiếp nhận", LocalDateTime.now().format(TIME)));
    }

    /** Writes the package unsigned. */
    public static Path write(EdxmlPackage pkg, Path file) {
        new EdxmlWriter().write(pkg, file);
        return file;
    }

    /** Writes the package and signs it with the sample RSA (or EC) key of {@code agency}. */
    public static Path writeSigned(EdxmlPackage pkg, Path file, String agency, boolean ec) {
        Path unsigned = write(pkg, file.resolveSibling(file.getFileName() + ".unsigned"));
        signer(agency, ec).sign(unsigned, file);
        return file;
    }

    /** The sample signing key of an agency, e.g. {@code 000.00.01.H99}. */
    public static EdxmlSigner signer(String agency, boolean ec) {
        return EdxmlSigner.fromPkcs12(SampleKeys.signingP12(agency, ec), SampleKeys.PASSWORD.toCharArray());
    }
}
