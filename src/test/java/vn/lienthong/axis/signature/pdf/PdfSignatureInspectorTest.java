package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfSignatureInspectorTest {
    private static SamplePki pki;
    private static SamplePki.Credential person;
    private static SamplePki.Credential seal;

    @TempDir
    Path dir;

    private final PdfSignatureInspector inspector = new PdfSignatureInspector(
            new AnchoredSignerChainJudge(List.of(pki.rootCertificate())), Clock.systemUTC());

    @BeforeAll
    static void pki() throws Exception {
        pki = SamplePki.shared();
        person = pki.rsaSigner("Nguyen Van A", "UBND Tinh Mau");
        seal = pki.ecSigner("UBND Tinh Mau - Con dau", "UBND Tinh Mau");
    }

    private Path unsigned() throws Exception {
        return SignedPdfFixture.unsignedPdf(dir.resolve("unsigned.pdf"));
    }

    private Path signedByPerson() throws Exception {
        return SignedPdfFixture.sign(unsigned(), dir.resolve("signed.pdf"), person);
    }

    private PdfSignatureResult onlySignature(PdfAttachmentReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }

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
    void givenPageContentAddedByIncrementalUpdateAfterSigning_thenModifiedAfterSigningNeverValid() throws Exception {
        Path forged = SignedPdfFixture.appendPageText(signedByPerson(), dir.resolve("forged.pdf"), "So tien: 9000000 VND");

        PdfAttachmentReport report = inspector.inspect("forged.pdf", forged);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(onlySignature(report).reason()).isEqualTo(PdfSignatureReason.MODIFIED_AFTER_SIGNING);
        assertThat(onlySignature(report).detail()).contains("page 1");
    }

    @Test
    void givenPageContentChangedBetweenSignerAndSeal_thenFirstSignatureIsModified() throws Exception {
        Path forged = SignedPdfFixture.appendPageText(signedByPerson(), dir.resolve("forged.pdf"), "Them noi dung");
        Path sealed = SignedPdfFixture.sign(forged, dir.resolve("sealed.pdf"), seal);

        PdfAttachmentReport report = inspector.inspect("sealed.pdf", sealed);

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.signatures()).extracting(PdfSignatureResult::reason)
                .containsExactly(PdfSignatureReason.MODIFIED_AFTER_SIGNING, null);
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
    void givenAnnotationAddedAfterSigning_thenModifiedAfterSigning() throws Exception {
        Path annotated = SignedPdfFixture.appendAnnotation(signedByPerson(), dir.resolve("note.pdf"), "So tien: 9000000");

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
    void givenCertificationAllowingFormFillAndSigning_thenApprovalSignatureKeepsItValid() throws Exception {
        Path certified = SignedPdfFixture.certify(unsigned(), dir.resolve("certified.pdf"), seal, 2);
        Path approved = SignedPdfFixture.sign(certified, dir.resolve("approved.pdf"), person);

        PdfAttachmentReport report = inspector.inspect("approved.pdf", approved);

        assertThat(report.status()).as(report.toString()).isEqualTo(PdfAttachmentReport.Status.VALID);
    }

    @Test
    void givenSignatureFieldRemovedByLaterUpdate_thenSignedAndInvalidNotUnsigned() throws Exception {
        Path stripped = SignedPdfFixture.appendSignatureRemoval(signedByPerson(), dir.resolve("stripped.pdf"));

        PdfAttachmentReport report = inspector.inspect("stripped.pdf", stripped);

        assertThat(report.signed()).isTrue();
        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(report.reason()).isEqualTo(PdfSignatureReason.UNREFERENCED_SIGNATURE);
    }

    @Test
    void givenContentsKeyRemoved_thenContentsMissing() throws Exception {
        Path broken = SignedPdfFixture.patch(signedByPerson(), dir.resolve("no-contents.pdf"), "/Contents <", "/Contentx <");

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
        Path broken = SignedPdfFixture.patch(signed, dir.resolve("zero.pdf"), hex, "0".repeat(hex.length()));

        PdfSignatureResult sig = onlySignature(inspector.inspect("zero.pdf", broken));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CONTENTS_MISSING);
    }

    @Test
    void givenByteRangeKeyRemoved_thenByteRangeInvalid() throws Exception {
        Path broken = SignedPdfFixture.patch(signedByPerson(), dir.resolve("no-range.pdf"), "/ByteRange [", "/ByteRangX [");

        PdfSignatureResult sig = onlySignature(inspector.inspect("no-range.pdf", broken));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
    }

    @Test
    void givenByteRangeEndingShortOfTheRevision_thenByteRangeInvalid() throws Exception {
        Path signed = signedByPerson();
        long[] r = onlySignature(inspector.inspect("signed.pdf", signed)).byteRange().stream()
                .mapToLong(Long::longValue).toArray();
        Path broken = SignedPdfFixture.rewriteLastByteRange(signed, dir.resolve("short.pdf"), r[0], r[1], r[2], r[3] - 200);

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
        long[] r = onlySignature(inspector.inspect("signed.pdf", signed)).byteRange().stream()
                .mapToLong(Long::longValue).toArray();
        long[] forged = name.equals("all zero") ? new long[] {0, 0, 0, 0}
                : gapShift < 0 ? new long[] {0, r[1], r[1], r[3] + r[2] - r[1]}
                : new long[] {start, r[1] - cut, r[2], r[3] + extra};
        Path broken = SignedPdfFixture.rewriteLastByteRange(signed, dir.resolve("usf.pdf"), forged);

        PdfSignatureResult sig = onlySignature(inspector.inspect("usf.pdf", broken));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).as(sig.detail()).isEqualTo(PdfSignatureReason.BYTE_RANGE_INVALID);
    }

    @Test
    void givenSigningCertificateAttributeNamingTheSigner_thenValid() throws Exception {
        Path signed = SignedPdfFixture.signBindingCertificate(unsigned(), dir.resolve("bound.pdf"), person,
                person.certificate());

        assertThat(onlySignature(inspector.inspect("bound.pdf", signed)).status()).isEqualTo(SignatureStatus.VALID);
    }

    @Test
    void givenSigningCertificateAttributeNamingAnotherCertificate_thenCmsInvalid() throws Exception {
        Path signed = SignedPdfFixture.signBindingCertificate(unsigned(), dir.resolve("swapped.pdf"), person,
                seal.certificate());

        PdfSignatureResult sig = onlySignature(inspector.inspect("swapped.pdf", signed));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CMS_INVALID);
        assertThat(sig.detail()).contains("signing-certificate-v2");
    }

    @Test
    void givenJudgeThatFails_thenIndeterminateNotAnException() throws Exception {
        PdfSignatureInspector broken = new PdfSignatureInspector((signer, certs, at) -> {
            throw new IllegalStateException("trust store offline");
        }, Clock.systemUTC());

        PdfSignatureResult sig = onlySignature(broken.inspect("signed.pdf", signedByPerson()));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INDETERMINATE);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CHAIN_INDETERMINATE);
        assertThat(sig.detail()).contains("trust store offline");
    }

    @Test
    void givenRedefinedByteRangeWhoseGapWrapsSignedContent_thenByteRangeInvalid() throws Exception {
        Path signed = signedByPerson();
        long[] r = onlySignature(inspector.inspect("signed.pdf", signed)).byteRange().stream()
                .mapToLong(Long::longValue).toArray();
        Path wrapped = SignedPdfFixture.redefineLastSignature(signed, dir.resolve("wrapped.pdf"),
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
        long[] r = onlySignature(inspector.inspect("signed.pdf", signed)).byteRange().stream()
                .mapToLong(Long::longValue).toArray();
        long grown = 0;
        for (int i = 0; i < 3; i++) {
            Path probe = SignedPdfFixture.redefineLastSignature(signed, dir.resolve("probe.pdf"), 0, r[1], r[2], r[3] + grown);
            grown = Files.size(probe) - Files.size(signed);
        }
        Path stretched = SignedPdfFixture.redefineLastSignature(signed, dir.resolve("stretched.pdf"),
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
        Path tampered = SignedPdfFixture.patch(signedByPerson(), dir.resolve("tampered.pdf"),
                "1000000 VND", "9000000 VND");

        PdfSignatureResult sig = onlySignature(inspector.inspect("tampered.pdf", tampered));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.DIGEST_MISMATCH);
        assertThat(sig.signerSubject()).contains("Nguyen Van A");
    }

    @Test
    void givenSignerUnderUnknownRoot_thenSignerUntrusted() throws Exception {
        Path signed = SignedPdfFixture.sign(unsigned(), dir.resolve("stranger.pdf"),
                pki.untrustedSigner("Ke La", "Khong Ro"));

        PdfSignatureResult sig = onlySignature(inspector.inspect("stranger.pdf", signed));

        assertThat(sig.status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.SIGNER_UNTRUSTED);
    }

    @Test
    void givenExpiredSignerCertificate_thenSignerUntrusted() throws Exception {
        Path signed = SignedPdfFixture.sign(unsigned(), dir.resolve("expired.pdf"),
                pki.expiredSigner("Het Han", "UBND Tinh Mau"));

        PdfSignatureResult sig = onlySignature(inspector.inspect("expired.pdf", signed));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.SIGNER_UNTRUSTED);
    }

    @Test
    void givenJudgeCannotDecide_thenIndeterminateNeverValid() throws Exception {
        PdfSignatureInspector undecided = new PdfSignatureInspector(
                (signer, certs, at) -> ChainJudgement.indeterminate("OCSP responder unreachable", true), Clock.systemUTC());

        PdfAttachmentReport report = undecided.inspect("signed.pdf", signedByPerson());

        assertThat(report.status()).isEqualTo(PdfAttachmentReport.Status.INDETERMINATE);
        assertThat(report.reason()).isEqualTo(PdfSignatureReason.REVOCATION_UNAVAILABLE);
    }

    @Test
    void givenSignerChainJudgedAtValidationInstant_thenClockIsPassedToJudge() throws Exception {
        Instant fixed = Instant.now().plus(Duration.ofDays(400));
        PdfSignatureInspector later = new PdfSignatureInspector(new AnchoredSignerChainJudge(
                List.of(pki.rootCertificate())), Clock.fixed(fixed, java.time.ZoneOffset.UTC));

        PdfSignatureResult sig = onlySignature(later.inspect("signed.pdf", signedByPerson()));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.SIGNER_UNTRUSTED);
    }

    @Test
    void givenCmsEncapsulatingTheContent_thenCmsInvalid() throws Exception {
        Path signed = SignedPdfFixture.signEncapsulating(unsigned(), dir.resolve("attached.pdf"), person);

        PdfSignatureResult sig = onlySignature(inspector.inspect("attached.pdf", signed));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.CMS_INVALID);
        assertThat(sig.detail()).contains("detached");
    }

    @Test
    void givenSha1Digest_thenAlgorithmNotAllowed() throws Exception {
        Path signed = SignedPdfFixture.sign(unsigned(), dir.resolve("sha1.pdf"), person, "SHA1",
                PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);

        PdfSignatureResult sig = onlySignature(inspector.inspect("sha1.pdf", signed));

        assertThat(sig.reason()).isEqualTo(PdfSignatureReason.ALGORITHM_NOT_ALLOWED);
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
}
