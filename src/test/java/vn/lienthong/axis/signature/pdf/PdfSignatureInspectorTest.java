package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;

/** Valid signatures (signer, agency seal, time-stamp, certification) and inputs that are not signed PDFs. */
class PdfSignatureInspectorTest extends PdfInspectionTestBase {

    @Test
    void givenOneRsaSignature_thenValidWithSubjectOrganisationTimeAndDigest() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        PdfAttachmentReport report = inspector.inspect("cong-van.pdf", signedByPerson());

        assertThat(report.signed()).isTrue();
        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
        PdfSignatureResult sig = onlySignature(report);
        assertThat(sig.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(sig.reason()).isNull();
        assertThat(sig.signerSubject()).contains("CN=Nguyen Van A");
        assertThat(sig.signerOrganisation()).isEqualTo("UBND Tinh Mau");
        assertThat(sig.signingTime()).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(sig.signingTimeSource()).isEqualTo("CMS_SIGNING_TIME");
        assertThat(sig.digestAlgorithm()).isEqualTo("SHA-256");
        assertThat(sig.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(sig.coversWholeDocument()).isTrue();
        assertThat(sig.byteRange()).hasSize(4).first().isEqualTo(0L);
    }

    @Test
    void givenEcP256AgencySealSignature_thenValid() throws Exception {
        Path signed = SignedPdfFixture.sign(unsigned(), dir.resolve("seal.pdf"), seal);

        PdfSignatureResult sig = onlySignature(inspector.inspect("seal.pdf", signed));

        assertThat(sig.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(sig.signerSubject()).contains("Con dau");
    }

    @Test
    void givenAdbePkcs7DetachedSignature_thenValid() throws Exception {
        Path signed = SignedPdfFixture.sign(unsigned(), dir.resolve("pkcs7.pdf"), person, "SHA256",
                PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);

        PdfSignatureResult sig = onlySignature(inspector.inspect("pkcs7.pdf", signed));

        assertThat(sig.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(sig.subFilter()).isEqualTo("adbe.pkcs7.detached");
    }

    @Test
    void givenSignerThenAgencySealSignature_thenBothValidInSigningOrder() throws Exception {
        Path sealed = SignedPdfFixture.sign(signedByPerson(), dir.resolve("sealed.pdf"), seal);

        PdfAttachmentReport report = inspector.inspect("sealed.pdf", sealed);

        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
        assertThat(report.signatures()).extracting(PdfSignatureResult::status)
                .containsExactly(SignatureStatus.VALID, SignatureStatus.VALID);
        assertThat(report.signatures().get(0).signerSubject()).contains("Nguyen Van A");
        assertThat(report.signatures().get(0).coversWholeDocument()).isFalse();
        assertThat(report.signatures().get(1).signerSubject()).contains("Con dau");
        assertThat(report.signatures().get(1).coversWholeDocument()).isTrue();
    }

    @Test
    void givenDocumentTimeStampAfterSignature_thenBothValidWithTokenTime() throws Exception {
        Path stamped = SignedPdfFixture.timestamp(signedByPerson(), dir.resolve("stamped.pdf"), pki.timeStampAuthority());

        PdfAttachmentReport report = inspector.inspect("stamped.pdf", stamped);

        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
        PdfSignatureResult stamp = report.signatures().get(1);
        assertThat(stamp.type()).isEqualTo("DocTimeStamp");
        assertThat(stamp.subFilter()).isEqualTo("ETSI.RFC3161");
        assertThat(stamp.signingTimeSource()).isEqualTo("TIMESTAMP_GEN_TIME");
        assertThat(stamp.signerSubject()).contains("CN=Sample TSA");
    }

    @Test
    void givenValidationDataAddedAfterSigning_thenSignatureStaysValid() throws Exception {
        Path withDss = SignedPdfFixture.appendDss(signedByPerson(), dir.resolve("dss.pdf"), person.certificate());

        PdfSignatureResult sig = onlySignature(inspector.inspect("dss.pdf", withDss));

        assertThat(sig.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(sig.coversWholeDocument()).isFalse();
        assertThat(sig.detail()).contains("later revisions only add");
    }

    @Test
    void givenCertificationAllowingFormFillAndSigning_thenApprovalSignatureKeepsItValid() throws Exception {
        Path certified = SignedPdfFixture.certify(unsigned(), dir.resolve("certified.pdf"), seal, 2);
        Path approved = SignedPdfFixture.sign(certified, dir.resolve("approved.pdf"), person);

        PdfAttachmentReport report = inspector.inspect("approved.pdf", approved);

        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
    }

    @Test
    void givenUnsignedPdf_thenNotSigned() throws Exception {
        PdfAttachmentReport report = inspector.inspect("plain.pdf", unsigned());

        assertThat(report.signed()).isFalse();
        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.NOT_SIGNED);
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void givenNonPdfBytes_thenInvalidPdfMalformed() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("fake.pdf"), "PK\u0003\u0004 this is a zip, not a PDF");

        PdfAttachmentReport report = inspector.inspect("fake.pdf", notPdf);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.reason()).isEqualTo(PdfSignatureReason.PDF_MALFORMED);
        assertThat(report.detail()).contains("not a PDF");
    }

    @Test
    void givenPdfHeaderFollowedByGarbage_thenInvalidPdfMalformed() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\n" + "x".repeat(300));

        PdfAttachmentReport report = inspector.inspect("garbage.pdf", garbage);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.reason()).isEqualTo(PdfSignatureReason.PDF_MALFORMED);
    }

    @Test
    void givenMissingFile_thenInvalidPdfMalformed() {
        PdfAttachmentReport report = inspector.inspect("gone.pdf", dir.resolve("gone.pdf"));

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
    }

    @Test
    void givenSignerThenVisibleAgencySeal_thenBothValid() throws Exception {
        Path sealed = SignedPdfFixture.signVisibly(signedByPerson(), dir.resolve("visible-seal.pdf"), seal);
        try (PDDocument doc = Loader.loadPDF(sealed.toFile())) {
            List<PDSignatureField> fields = doc.getSignatureFields();
            assertThat(fields.get(fields.size() - 1).getWidgets().get(0).getRectangle().getWidth()).isEqualTo(110f);
        }

        PdfAttachmentReport report = inspector.inspect("visible-seal.pdf", sealed);

        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
        assertThat(report.signatures()).hasSize(2);
    }
}
