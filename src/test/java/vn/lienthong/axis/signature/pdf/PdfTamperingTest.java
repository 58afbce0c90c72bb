package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on signed PDFs: incremental saving (PDF-01), universal signature forgery (PDF-02), signature
 * wrapping (PDF-03), tampering with signed bytes, signature stripping.
 */
class PdfTamperingTest extends PdfInspectionTestBase {

    @Test
    void givenPageContentAddedByIncrementalUpdateAfterSigning_thenModifiedAfterSigningNeverValid() throws Exception {
        Path forged = PdfAfterSigning.appendPageText(signedByPerson(), dir.resolve("forged.pdf"), "So tien: 9000000 VND");

        PdfAttachmentReport report = inspector.inspect("forged.pdf", forged);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(onlySignature(report).reason()).isEqualTo(PdfSignatureReason.MODIFIED_AFTER_SIGNING);
        assertThat(onlySignature(report).detail()).contains("page 1");
    }

    @Test
    void givenPageContentChangedBetweenSignerAndSeal_thenFirstSignatureIsModified() throws Exception {
        Path forged = PdfAfterSigning.appendPageText(signedByPerson(), dir.resolve("forged.pdf"), "Them noi dung");
        Path sealed = SignedPdfFixture.sign(forged, dir.resolve("sealed.pdf"), seal);

        PdfAttachmentReport report = inspector.inspect("sealed.pdf", sealed);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.signatures()).extracting(PdfSignatureResult::reason)
                .containsExactly(PdfSignatureReason.MODIFIED_AFTER_SIGNING, null);
    }

    @Test
    void givenAnnotationAddedAfterSigning_thenModifiedAfterSigning() throws Exception {
        Path annotated = PdfAfterSigning.appendAnnotation(signedByPerson(), dir.resolve("note.pdf"), "So tien: 9000000");

        PdfSignatureResult sig = onlySignature(inspector.inspect("note.pdf", annotated));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.MODIFIED_AFTER_SIGNING);
        assertThat(sig.detail()).contains("annotations");
    }

    @Test
    void givenCertificationWithNoChangesAllowedThenApprovalSignature_thenCertificationIsModified() throws Exception {
        Path certified = SignedPdfFixture.certify(unsigned(), dir.resolve("certified.pdf"), seal, 1);
        Path approved = SignedPdfFixture.sign(certified, dir.resolve("approved.pdf"), person);

        PdfAttachmentReport report = inspector.inspect("approved.pdf", approved);

        assertThat(report.signatures()).extracting(PdfSignatureResult::reason)
                .containsExactly(PdfSignatureReason.MODIFIED_AFTER_SIGNING, null);
        assertThat(report.signatures().get(0).detail()).contains("DocMDP P=1");
    }

    @Test
    void givenSignatureFieldRemovedByLaterUpdate_thenSignedAndInvalidNotUnsigned() throws Exception {
        Path stripped = PdfAfterSigning.appendSignatureRemoval(signedByPerson(), dir.resolve("stripped.pdf"));

        PdfAttachmentReport report = inspector.inspect("stripped.pdf", stripped);

        assertThat(report.signed()).isTrue();
        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.reason()).isEqualTo(PdfSignatureReason.UNREFERENCED_SIGNATURE);
    }

    @Test
    void givenContentsKeyRemoved_thenContentsMissing() throws Exception {
        Path broken = PdfAfterSigning.patch(signedByPerson(), dir.resolve("no-contents.pdf"), "/Contents <", "/Contentx <");

        PdfSignatureResult sig = onlySignature(inspector.inspect("no-contents.pdf", broken));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CONTENTS_MISSING);
    }

    @Test
    void givenContentsZeroed_thenContentsMissing() throws Exception {
        Path signed = signedByPerson();
        String text = Files.readString(signed, StandardCharsets.ISO_8859_1);
        int start = text.lastIndexOf("/Contents <") + 11;
        String hex = text.substring(start, text.indexOf('>', start));
        Path broken = PdfAfterSigning.patch(signed, dir.resolve("zero.pdf"), hex, "0".repeat(hex.length()));

        PdfSignatureResult sig = onlySignature(inspector.inspect("zero.pdf", broken));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CONTENTS_MISSING);
    }

    /**
     * A white space in the /Contents hex string: PDFBox skips it and reads the same signature bytes, the CMS
     * still verifies, but the unsigned gap is no longer exactly one hex string of digits.
     */
    @Test
    void givenWhiteSpaceInsideTheContentsHexString_thenByteRangeInvalidThoughTheCmsIsIntact() throws Exception {
        Path signed = signedByPerson();
        String text = Files.readString(signed, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('>', text.lastIndexOf("/Contents <"));
        assertThat(text.substring(end - 2, end)).as("zero padding at the end of /Contents").isEqualTo("00");
        String spaced = text.substring(0, end - 1) + " " + text.substring(end);
        Path broken = Files.writeString(dir.resolve("spaced.pdf"), spaced, StandardCharsets.ISO_8859_1);

        PdfSignatureResult sig = onlySignature(inspector.inspect("spaced.pdf", broken));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
        assertThat(sig.detail()).contains("holds more than the /Contents hex string");
    }

    @Test
    void givenByteRangeKeyRemoved_thenByteRangeInvalid() throws Exception {
        Path broken = PdfAfterSigning.patch(signedByPerson(), dir.resolve("no-range.pdf"), "/ByteRange [", "/ByteRangX [");

        PdfSignatureResult sig = onlySignature(inspector.inspect("no-range.pdf", broken));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
    }

    @Test
    void givenByteRangeEndingShortOfTheRevision_thenByteRangeInvalid() throws Exception {
        Path signed = signedByPerson();
        long[] r = byteRangeOf(signed);
        Path broken = PdfAfterSigning.rewriteLastByteRange(signed, dir.resolve("short.pdf"), r[0], r[1], r[2], r[3] - 200);

        PdfSignatureResult sig = onlySignature(inspector.inspect("short.pdf", broken));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
        assertThat(sig.detail()).contains("not the end of a revision");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "all zero,           0, 0, 0, 0",
        "not from offset 0,  1, 0, 0, 0",
        "no gap,             0, 0, -1, 0",
        "past end of file,   0, 0, 0, 5000"})
    void givenForgedByteRangeValues_thenByteRangeInvalid(String name, long start, long cut, long gapShift, long extra)
            throws Exception {
        Path signed = signedByPerson();
        long[] r = byteRangeOf(signed);
        long[] forged = name.equals("all zero") ? new long[] {0, 0, 0, 0}
                : gapShift < 0 ? new long[] {0, r[1], r[1], r[3] + r[2] - r[1]}
                : new long[] {start, r[1] - cut, r[2], r[3] + extra};
        Path broken = PdfAfterSigning.rewriteLastByteRange(signed, dir.resolve("usf.pdf"), forged);

        PdfSignatureResult sig = onlySignature(inspector.inspect("usf.pdf", broken));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).as(sig.detail()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
    }

    @Test
    void givenRedefinedByteRangeWhoseGapWrapsSignedContent_thenByteRangeInvalid() throws Exception {
        Path signed = signedByPerson();
        long[] r = byteRangeOf(signed);
        Path wrapped = PdfAfterSigning.redefineLastSignature(signed, dir.resolve("wrapped.pdf"),
                0, r[1], r[2] + 120, r[3] - 120);

        PdfAttachmentReport report = inspector.inspect("wrapped.pdf", wrapped);
        PdfSignatureResult sig = report.signatures().get(0);
        assertThat(report.signatures()).extracting(PdfSignatureResult::reason)
                .contains(PdfSignatureReason.UNREFERENCED_SIGNATURE);

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
        assertThat(sig.detail()).contains("unsigned gap");
    }

    @Test
    void givenRedefinedByteRangeStretchedOverAnAppendedRevision_thenNeverValid() throws Exception {
        Path signed = signedByPerson();
        long[] r = byteRangeOf(signed);
        long grown = 0;
        for (int i = 0; i < 3; i++) {
            Path probe = PdfAfterSigning.redefineLastSignature(signed, dir.resolve("probe.pdf"), 0, r[1], r[2], r[3] + grown);
            grown = Files.size(probe) - Files.size(signed);
        }
        Path stretched = PdfAfterSigning.redefineLastSignature(signed, dir.resolve("stretched.pdf"),
                0, r[1], r[2], r[3] + grown);
        assertThat(Files.size(stretched)).isEqualTo(r[2] + r[3] + grown);

        PdfAttachmentReport report = inspector.inspect("stretched.pdf", stretched);
        PdfSignatureResult sig = report.signatures().get(0);
        assertThat(report.signatures()).extracting(PdfSignatureResult::reason)
                .contains(PdfSignatureReason.UNREFERENCED_SIGNATURE);

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.DIGEST_MISMATCH);
    }

    @Test
    void givenTamperedByteInsideSignedRange_thenDigestMismatch() throws Exception {
        Path tampered = PdfAfterSigning.patch(signedByPerson(), dir.resolve("tampered.pdf"),
                "1000000 VND", "9000000 VND");

        PdfSignatureResult sig = onlySignature(inspector.inspect("tampered.pdf", tampered));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.DIGEST_MISMATCH);
        assertThat(sig.signerSubject()).contains("Nguyen Van A");
    }

    @Test
    void givenSealAppearanceRepaintedAfterSigning_thenModifiedAfterSigning() throws Exception {
        Path sealed = SignedPdfFixture.signVisibly(unsigned(), dir.resolve("sealed.pdf"), seal);
        Path repainted = PdfAfterSigning.appendSignatureAppearanceChange(sealed, dir.resolve("repainted.pdf"));

        PdfSignatureResult sig = onlySignature(inspector.inspect("repainted.pdf", repainted));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.MODIFIED_AFTER_SIGNING);
        assertThat(sig.detail()).contains("signature appearance");
    }

    @Test
    void givenTamperedByteUnderDocumentTimeStamp_thenDigestMismatch() throws Exception {
        Path stamped = SignedPdfFixture.timestamp(unsigned(), dir.resolve("stamped.pdf"), pki.timeStampAuthority());
        Path tampered = PdfAfterSigning.patch(stamped, dir.resolve("tampered.pdf"), "1000000 VND", "9000000 VND");

        PdfSignatureResult stamp = onlySignature(inspector.inspect("tampered.pdf", tampered));

        assertThat(stamp.type()).isEqualTo("DocTimeStamp");
        assertThat(stamp.reason()).isEqualTo(PdfSignatureReason.DIGEST_MISMATCH);
    }
}
