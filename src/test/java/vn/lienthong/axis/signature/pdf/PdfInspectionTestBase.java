package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Shared set-up for tests that inspect real signed PDFs: a sample PKI, a signer, an agency seal, helpers. */
abstract class PdfInspectionTestBase {
    static SamplePki pki;
    static SamplePki.Credential person;
    static SamplePki.Credential seal;

    @TempDir
    Path dir;

    final PdfSignatureInspector inspector = new PdfSignatureInspector(
            new AnchoredSignerChainJudge(List.of(SamplePki.shared().rootCertificate())), Clock.systemUTC());

    @BeforeAll
    static void pki() throws Exception {
        if (person == null) {
            pki = SamplePki.shared();
            person = pki.rsaSigner("Nguyen Van A", "UBND Tinh Mau");
            seal = pki.ecSigner("UBND Tinh Mau - Con dau", "UBND Tinh Mau");
        }
    }

    Path unsigned() throws Exception {
        return SignedPdfFixture.unsignedPdf(dir.resolve("unsigned.pdf"));
    }

    Path signedByPerson() throws Exception {
        return SignedPdfFixture.sign(unsigned(), dir.resolve("signed.pdf"), person);
    }

    PdfSignatureResult onlySignature(PdfAttachmentReport report) {
        assertThat(report.signatures()).as(report.toString()).hasSize(1);
        return report.signatures().get(0);
    }

    /** The /ByteRange of the only signature of a valid signed PDF. */
    long[] byteRangeOf(Path signed) {
        return onlySignature(inspector.inspect("signed.pdf", signed)).byteRange().stream()
                .mapToLong(Long::longValue).toArray();
    }
}
