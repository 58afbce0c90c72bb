package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdxmlReaderTest {
    @TempDir
    Path dir;

    @Test
    void givenSkeletonA_thenEveryHeaderFieldIsRead() {
        EdxmlPackage p = Fixtures.read("new-document-vnpt-form.edxml", dir);

        assertThat(p.kind()).isEqualTo(EdxmlPackage.Kind.DOCUMENT);
        MessageHeader h = p.header();
        assertThat(h.from()).isEqualTo(new Organization("000.00.00.H99", "UBND tỉnh Mẫu", "UBND tỉnh Mẫu",
                "1 Đường Ví Dụ", "vanthu@mau.gov.vn", "0200000000", "", "mau.gov.vn"));
        assertThat(h.to()).containsExactly(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"));
        assertThat(h.documentId()).isEqualTo("000.00.00.H99,2025/06/02,125/UBND-VP");
        assertThat(h.code()).isEqualTo(new DocumentCode("125", "UBND-VP"));
        assertThat(h.promulgationInfo()).isEqualTo(new PromulgationInfo("Thành phố Mẫu", "2025/06/02"));
        assertThat(h.documentType()).isEqualTo(new DocumentType("1", "0", "Công văn"));
        assertThat(h.subject()).isEqualTo("V/v báo cáo tình hình thử nghiệm");
        assertThat(h.content()).isEqualTo("Báo cáo định kỳ tháng 5");
        assertThat(h.signerInfo()).isEqualTo(new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn A"));
        assertThat(h.dueDate()).isEqualTo("2025/06/16");
        assertThat(h.toPlaces()).containsExactly("Như trên", "Lưu: VT");
        assertThat(h.otherInfo()).isEqualTo(new OtherInfo("0", "Liên thông văn bản quốc gia", "NVB", "2", "3", "false",
                java.util.List.of(), null, null));
        assertThat(h.responseFor()).isEmpty();
        assertThat(h.steeringType()).isEqualTo("1");
        assertThat(p.trace().traceHeaders()).containsExactly(new TraceHeader("000.00.00.H99", "2025/06/02 09:15:00"));
        Business b = p.trace().business();
        assertThat(b.docReason()).isEqualTo("Văn bản điện tử mới");
        assertThat(b.paper()).isEqualTo("0");
        assertThat(b.staffInfo()).isEqualTo(new StaffInfo("Văn thư", null, "Trần Thị B", null, "vanthu@mau.gov.vn", "84900000000"));
        assertThat(p.businessType()).contains(BusinessType.NEW);
        assertThat(p.signed()).isTrue();
    }

    @Test
    void givenZippedAttachment_thenSingleEntryIsUnwrappedAndHashed() throws Exception {
        EdxmlPackage p = Fixtures.read("new-document-vnpt-form.edxml", dir);

        assertThat(p.manifest()).containsExactly(new ManifestReference("7f1c2a9e-0001", "application/zip",
                "125-UBND-VP.signed.pdf", "Văn bản chính"));
        Attachment a = p.attachments().get(0);
        assertThat(a.contentId()).isEqualTo("7f1c2a9e-0001");
        assertThat(a.contentType()).isEqualTo("application/zip");
        assertThat(a.zipEntryName()).isEqualTo("125-UBND-VP.signed.pdf");
        assertThat(a.size()).isEqualTo(Fixtures.SAMPLE_PDF_SIZE);
        assertThat(a.sha256()).isEqualTo(Fixtures.SAMPLE_PDF_SHA256);
        assertThat(Files.readString(a.file(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        assertThat(a.file().getParent()).isEqualTo(dir);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(a.file());
        }
    }

    @Test
    void givenRawAttachmentWithLineBreaksAndNoCidPrefix_thenSameBytesAndContentId() {
        EdxmlPackage p = Fixtures.read("new-document-business-spelling-raw-pdf-without-cid.edxml", dir);

        Attachment a = p.attachments().get(0);
        assertThat(a.contentId()).isEqualTo("7f1c2a9e-0001");
        assertThat(p.manifest().get(0).contentId()).isEqualTo("7f1c2a9e-0001");
        assertThat(a.zipEntryName()).isNull();
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.sha256()).isEqualTo(Fixtures.SAMPLE_PDF_SHA256);
    }

    @Test
    void givenBusinessSpelling_thenBusinessTypeIsRead() {
        EdxmlPackage p = Fixtures.read("new-document-business-spelling-raw-pdf-without-cid.edxml", dir);

        assertThat(p.trace().business().docType()).isEqualTo("0");
        assertThat(p.trace().business().docReason()).isEqualTo("Văn bản mới");
        assertThat(p.businessType()).contains(BusinessType.NEW);
    }

    @Test
    void givenNoSignature_thenNotSigned() {
        assertThat(Fixtures.read("new-document-business-spelling-raw-pdf-without-cid.edxml", dir).signed()).isFalse();
    }

    @Test
    void givenUnprefixedElementsAndSignatureInQcvnNamespace_thenReadLikeThePrefixedForm() {
        EdxmlPackage unprefixed = Fixtures.read("new-document-unprefixed-default-namespace.edxml", dir.resolve("a"));
        EdxmlPackage prefixed = Fixtures.read("new-document-vnpt-form.edxml", dir.resolve("b"));

        assertThat(unprefixed.header()).isEqualTo(prefixed.header());
        assertThat(unprefixed.trace()).isEqualTo(prefixed.trace());
        assertThat(unprefixed.manifest()).isEqualTo(prefixed.manifest());
        assertThat(unprefixed.signed()).isTrue();
        assertThat(unprefixed.attachments().get(0).sha256()).isEqualTo(Fixtures.SAMPLE_PDF_SHA256);
    }

    @Test
    void givenAttachmentEncodedInNoNamespace_thenAttachmentIsRead() {
        EdxmlPackage p = Fixtures.read("new-document-attachment-encoded-no-namespace.edxml", dir);

        assertThat(p.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentId()).isEqualTo("7f1c2a9e-0001");
            assertThat(a.sha256()).isEqualTo(Fixtures.SAMPLE_PDF_SHA256);
        });
    }

    @Test
    void givenMissingBussiness_thenBusinessTypeIsNew() {
        EdxmlPackage p = Fixtures.read("new-document-missing-bussiness-unsigned.edxml", dir);

        assertThat(p.trace().business()).isNull();
        assertThat(p.businessType()).contains(BusinessType.NEW);
        assertThat(p.signed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-document-stray-bytes-before-prolog.edxml",
        "new-document-bom-and-whitespace-before-prolog.edxml"})
    void givenJunkBeforeProlog_thenPackageIsRead(String fixture) {
        EdxmlPackage p = Fixtures.read(fixture, dir);

        assertThat(p.header().subject()).isEqualTo("V/v báo cáo tình hình thử nghiệm");
        assertThat(p.attachments().get(0).sha256()).isEqualTo(Fixtures.SAMPLE_PDF_SHA256);
    }

    @Test
    void givenRevokePackage_thenResponseForNamesTheRevokedDocument() {
        EdxmlPackage p = Fixtures.read("revoke-document.edxml", dir);

        assertThat(p.businessType()).contains(BusinessType.REVOKE);
        assertThat(p.header().responseFor()).containsExactly(new ResponseFor("000.00.00.H99", "120/UBND-VP",
                "2025/05/30", "000.00.00.H99,2025/05/30,120/UBND-VP"));
    }

    @Test
    void givenUpdatePackage_thenBusinessDocumentInfoIsRead() {
        EdxmlPackage p = Fixtures.read("update-document.edxml", dir);

        assertThat(p.businessType()).contains(BusinessType.UPDATE);
        assertThat(p.trace().business().documentInfo()).isEqualTo(new BusinessDocumentInfo("1", "1", java.util.List.of(
                new Receiver("000.00.00.G22", "1"), new Receiver("000.00.00.G12", "0"))));
    }

    @Test
    void givenReplacePackage_thenReplacementInfoIsRead() {
        EdxmlPackage p = Fixtures.read("replace-document.edxml", dir);

        assertThat(p.businessType()).contains(BusinessType.REPLACE);
        assertThat(p.trace().business().replacements()).containsExactly(new ReplacementInfo(
                "000.00.00.H99,2025/05/30,120/UBND-VP", java.util.List.of("000.00.00.G22", "000.00.00.G12")));
    }

    @Test
    void givenSkeletonB_thenStatusPackageIsRead() {
        EdxmlPackage p = Fixtures.read("status-accepted-03.edxml", dir);

        assertThat(p.kind()).isEqualTo(EdxmlPackage.Kind.STATUS);
        StatusMessage s = p.status();
        assertThat(s.from().organId()).isEqualTo("000.00.00.G22");
        assertThat(s.from().organName()).isEqualTo("Văn phòng Chính phủ");
        assertThat(s.responseFor()).isEqualTo(new ResponseFor("000.00.00.H99", "125/UBND-VP", "2025/06/02",
                "000.00.00.H99,2025/06/02,125/UBND-VP"));
        assertThat(s.staffInfo().staff()).isEqualTo("Lê Văn C");
        assertThat(s.statusCode()).isEqualTo(StatusCode.ACCEPTED);
        assertThat(s.statusCode().known()).contains(StatusCode.Known.ACCEPTED);
        assertThat(s.description()).isEqualTo("Đã tiếp nhận, vào sổ văn bản đến");
        assertThat(s.timestamp()).isEqualTo("2025/06/02 10:05:31");
        assertThat(p.signed()).isFalse();
        assertThat(p.attachments()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "04", "05", "06", "13", "15", "16"})
    void givenEveryKnownStatusCode_thenItIsNamed(String code) {
        byte[] xml = new String(Fixtures.bytes("status-accepted-03.edxml"), StandardCharsets.UTF_8)
                .replace(">03<", ">" + code + "<").getBytes(StandardCharsets.UTF_8);

        StatusCode read = Fixtures.read(xml, dir).status().statusCode();

        assertThat(read.value()).isEqualTo(code);
        assertThat(read.known()).map(StatusCode.Known::code).contains(code);
    }

    @Test
    void givenUnknownStatusCode07_thenItIsPreservedAsOpaqueValue() {
        StatusCode read = Fixtures.read("status-unknown-code-07.edxml", dir).status().statusCode();

        assertThat(read.value()).isEqualTo("07");
        assertThat(read.known()).isEmpty();
    }

    @Test
    void givenElementsInAnotherOrderAndUnknownElements_thenStillRead() {
        String xml = """
            <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016" foo="bar"><Extra>x</Extra><edXMLEnvelope>
            <edXMLHeader><Unknown a="b"><Deep/></Unknown><TraceHeaderList id="1" version="2" mustUnderstand="1">
            <Bussiness><BussinessDocType>2</BussinessDocType></Bussiness></TraceHeaderList><MessageHeader>
            <Subject>S</Subject><Code><CodeNotation>N</CodeNotation><CodeNumber>1</CodeNumber></Code>
            <DocumentId>000.00.00.H99,2025/06/02,1/N</DocumentId><To><OrganId>A</OrganId></To>
            <From><OrganId>000.00.00.H99</OrganId></From></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>""";

        EdxmlPackage p = Fixtures.read(xml.getBytes(StandardCharsets.UTF_8), dir);

        assertThat(p.header().code()).isEqualTo(new DocumentCode("1", "N"));
        assertThat(p.header().from().organId()).isEqualTo("000.00.00.H99");
        assertThat(p.businessType()).contains(BusinessType.UPDATE);
    }
}
