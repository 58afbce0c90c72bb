package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.ManifestReference;
import vn.lienthong.axis.signature.EdxmlSigner;
import vn.lienthong.axis.signature.pdf.SignedPdfFixture;
import vn.lienthong.axis.support.SampleCredentials;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;

/** {@code package verify} with the SAMPLE PKI: signature, chain, revocation, binding, PDF attachments. */
class PackageVerifyCommandTest {
    private static final String UNIT = "000.00.01.H99";
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void givenRsaSignedPackageWithSignedPdf_thenValidWithChainRevocationAndPdfReport() throws Exception {
        Path pdf = SignedPdfFixture.sign(SignedPdfFixture.unsignedPdf(dir.resolve("plain.pdf")),
                dir.resolve("van-ban.pdf"), SampleCredentials.load(SampleKeys.signingP12(UNIT, false)));
        Path pkg = TestPackages.writeSigned(TestPackages.document(UNIT, List.of("000.00.02.H99"), pdf),
                dir.resolve("p.edxml"), UNIT, false);
        assertThat(verify(pkg)).isZero();
        JsonNode r = report();
        assertThat(r.path("valid").asBoolean()).isTrue();
        assertThat(r.path("packageSignature").path("status").asText()).isEqualTo("VALID");
        assertThat(r.path("packageSignature").path("binding").asText()).isEqualTo("SUBJECT_RULE");
        assertThat(r.path("packageSignature").path("revocationSource").asText()).isEqualTo("CRL");
        assertThat(r.path("packageSignature").path("chain")).hasSize(3);
        assertThat(r.path("attachments").get(0).path("status").asText()).isEqualTo("VALID");
    }

    @Test
    void givenEcSignedPackage_thenValid() {
        Path pkg = TestPackages.writeSigned(TestPackages.document(UNIT, List.of("000.00.02.H99")),
                dir.resolve("p.edxml"), UNIT, true);
        assertThat(verify(pkg)).isZero();
    }

    @Test
    void givenRevokedSigner_thenCertRevoked() {
        assertRefused(signedBy(SampleKeys.negativeP12("revoked")), "CERT_REVOKED");
    }

    @Test
    void givenSignerFromAnUntrustedRoot_thenUntrustedSigner() {
        assertRefused(signedBy(SampleKeys.negativeP12("untrusted")), "UNTRUSTED_SIGNER");
    }

    @Test
    void givenOtherAgencysKey_thenSignerNotSender_unlessRegisteredWithSignerCert() {
        Path pkg = signedBy(SampleKeys.signingP12("000.00.02.H99", false));
        assertRefused(pkg, "SIGNER_NOT_SENDER");
        out.reset();
        assertThat(verify(pkg, "--signer-cert", SampleKeys.signingPem("000.00.02.H99", false).toString())).isZero();
    }

    @Test
    void givenNoCrlAndNoRevocationUrls_thenRevocationUnavailable_unlessNoRevocation() {
        Path pkg = signedBy(SampleKeys.signingP12(UNIT, false));
        assertThat(run("package", "verify", "--trust", SampleKeys.ROOT.toString(), pkg.toString())).isEqualTo(1);
        assertThat(report().path("code").asText()).isEqualTo("REVOCATION_UNAVAILABLE");
        out.reset();
        assertThat(run("package", "verify", "--trust", SampleKeys.ROOT.toString(), "--no-revocation",
                pkg.toString())).isZero();
    }

    @Test
    void givenIntermediateAsTrustAnchor_thenValid() {
        Path pkg = signedBy(SampleKeys.signingP12(UNIT, false));
        assertThat(run("package", "verify", "--trust", SampleKeys.INTERMEDIATE.toString(), "--crl",
                SampleKeys.CRL.toString(), pkg.toString())).isZero();
    }

    @Test
    void givenUnsignedPackage_thenSignatureMissing() {
        Path pkg = TestPackages.write(TestPackages.document(UNIT, List.of("000.00.02.H99")), dir.resolve("u.edxml"));
        assertRefused(pkg, "SIGNATURE_MISSING");
    }

    @Test
    void givenPdfSignedByUntrustedKey_thenAttachmentSignatureInvalid_unlessPolicyOff() throws Exception {
        Path pdf = SignedPdfFixture.sign(SignedPdfFixture.unsignedPdf(dir.resolve("plain.pdf")),
                dir.resolve("van-ban.pdf"), SampleCredentials.load(SampleKeys.negativeP12("untrusted")));
        Path pkg = TestPackages.writeSigned(TestPackages.document(UNIT, List.of("000.00.02.H99"), pdf),
                dir.resolve("p.edxml"), UNIT, false);
        assertRefused(pkg, "ATTACHMENT_SIGNATURE_INVALID");
        out.reset();
        assertThat(verify(pkg, "--attachment-policy", "off")).isZero();
    }

    @Test
    void givenMalformedXml_thenExitOneWithCode() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.edxml"), "<edXML><unclosed>");
        assertRefused(bad, "MALFORMED_XML");
    }

    @Test
    void givenSignedPackageWhoseAttachmentContentIdMatchesNoManifestReference_thenInvalidLikeAtIntake()
            throws Exception {
        Path file = Files.writeString(dir.resolve("bao-cao.txt"), "Báo cáo");
        EdxmlPackage good = TestPackages.document(UNIT, List.of("000.00.02.H99"), file);
        EdxmlPackage mismatched = EdxmlPackage.document(good.header(), good.trace(),
                List.of(new ManifestReference("att-other", "text/plain", "bao-cao.txt", null)), good.attachments());
        Path pkg = TestPackages.writeSigned(mismatched, dir.resolve("p.edxml"), UNIT, false);

        assertRefused(pkg, "VALIDATION_FAILED");
        assertThat(report().path("packageSignature").path("status").asText()).isEqualTo("VALID");
        assertThat(report().path("problems").toString()).contains("mismatch").contains("att-1");
    }

    @Test
    void givenSignedPackageWithoutRecipient_thenInvalidLikeAtIntake() {
        Path pkg = TestPackages.writeSigned(TestPackages.document(UNIT, List.of()), dir.resolve("p.edxml"), UNIT, false);

        assertRefused(pkg, "VALIDATION_FAILED");
        assertThat(report().path("field").asText()).startsWith("MessageHeader/To");
    }

    @Test
    void givenValidPackage_thenNoFieldProblemsAreReported() {
        Path pkg = signedBy(SampleKeys.signingP12(UNIT, false));
        assertThat(verify(pkg)).isZero();
        assertThat(report().path("problems").isArray()).isTrue();
        assertThat(report().path("problems")).isEmpty();
    }

    @Test
    void givenNoTrustOption_thenUsageError() throws Exception {
        Path any = Files.writeString(dir.resolve("x.edxml"), "<edXML/>");
        assertThat(run("package", "verify", any.toString())).isEqualTo(AxisCli.USAGE);
    }

    private Path signedBy(Path p12) {
        Path unsigned = TestPackages.write(TestPackages.document(UNIT, List.of("000.00.02.H99")), dir.resolve("u.edxml"));
        Path signed = dir.resolve("s-" + p12.getFileName() + ".edxml");
        EdxmlSigner.fromPkcs12(p12, SampleKeys.PASSWORD.toCharArray()).sign(unsigned, signed);
        return signed;
    }

    private void assertRefused(Path pkg, String code) {
        assertThat(verify(pkg)).isEqualTo(AxisCli.INVALID);
        assertThat(report().path("valid").asBoolean()).isFalse();
        assertThat(report().path("code").asText()).isEqualTo(code);
    }

    private int verify(Path pkg, String... extra) {
        List<String> args = new ArrayList<>(List.of("package", "verify", "--trust", SampleKeys.ROOT.toString(),
                "--crl", SampleKeys.CRL.toString()));
        args.addAll(List.of(extra));
        args.add(pkg.toString());
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        return AxisCli.run(new ArrayList<>(List.of(args)), new PrintStream(out, true), new PrintStream(err, true));
    }

    private JsonNode report() {
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + err, e);
        }
    }
}
