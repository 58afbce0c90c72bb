package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

/** CMS algorithm and certificate binding rules, and the signer chain judgement. */
class PdfSignerTrustTest extends PdfInspectionTestBase {

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
    void givenValidationInstantAfterSignerExpiry_thenSignerUntrusted() throws Exception {
        Instant fixed = Instant.now().plus(Duration.ofDays(400));
        PdfSignatureInspector later = new PdfSignatureInspector(new AnchoredSignerChainJudge(
                List.of(pki.rootCertificate())), Clock.fixed(fixed, ZoneOffset.UTC));

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
}
