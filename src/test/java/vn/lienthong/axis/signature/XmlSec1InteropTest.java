package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.axis.signature.SignatureUris.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.axis.error.AxisErrorCode;

/** Interoperability both ways with xmlsec1 (libxmlsec1 + OpenSSL), an implementation we do not share code with. */
class XmlSec1InteropTest {
    @TempDir Path dir;

    @BeforeEach
    void needXmlSec1() {
        XmlSec1.require();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RSA2048", "secp256r1", "secp384r1"})
    void givenPackageSignedHere_thenXmlSec1Verifies(String key) throws Exception {
        TestKeys keys = key.startsWith("RSA") ? TestKeys.rsa(2048) : TestKeys.ec(key);
        String signed = SignedFixtures.sign(dir, SamplePackages.document(2, 4000), keys, EdxmlSigner.Options.defaults());
        Path file = SamplePackages.write(dir, "signed-here.edxml", signed);
        Path cert = XmlSec1.pem(dir.resolve("signer.pem"), "CERTIFICATE", keys.cert.getEncoded());
        XmlSec1.Result r = XmlSec1.run("--verify", "--trusted-pem", cert.toString(), file.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("OK");

        String tampered = SignedFixtures.replace(signed, "000.00.00.G22", "000.00.00.G23");
        Path bad = SamplePackages.write(dir, "tampered.edxml", tampered);
        assertThat(XmlSec1.run("--verify", "--trusted-pem", cert.toString(), bad.toString()).exit()).isNotZero();
    }

    @Test
    void givenVnptStylePackageSignedByXmlSec1_thenVerifiesHere() throws Exception {
        SignatureCheck check = signWithXmlSec1AndVerify(TestKeys.rsa(2048), C14N, List.of(ENVELOPED), RSA_SHA256);
        assertThat(check.canonicalizationMethod()).isEqualTo(C14N);
    }

    @Test
    void givenExcC14nPackageSignedByXmlSec1_thenVerifiesHere() throws Exception {
        signWithXmlSec1AndVerify(TestKeys.rsa(2048), EXC_C14N, List.of(ENVELOPED, EXC_C14N), RSA_SHA512);
    }

    @Test
    void givenEcdsaPackageSignedByXmlSec1_thenVerifiesHere() throws Exception {
        signWithXmlSec1AndVerify(TestKeys.ec("secp256r1"), EXC_C14N, List.of(ENVELOPED, C14N), ECDSA_SHA256);
    }

    @Test
    void givenRsaSha1PackageSignedByXmlSec1_thenRefusedUnlessAllowed() throws Exception {
        Path file = signWithXmlSec1(TestKeys.rsa(2048), C14N, List.of(ENVELOPED), RSA_SHA1);
        String xml = SamplePackages.read(file);
        VerifierSupport.assertRefused(dir, xml, AxisErrorCode.ALGORITHM_NOT_ALLOWED);
        assertThat(new EdxmlSignatureVerifier(true, java.time.Clock.systemUTC()).verify(file).signatureMethod())
                .isEqualTo(RSA_SHA1);
    }

    private SignatureCheck signWithXmlSec1AndVerify(TestKeys keys, String c14n, List<String> transforms, String alg)
            throws Exception {
        Path signed = signWithXmlSec1(keys, c14n, transforms, alg);
        SignatureCheck check = new EdxmlSignatureVerifier().verify(signed);
        assertThat(check.signer()).isEqualTo(keys.cert);
        assertThat(check.signatureMethod()).isEqualTo(alg);
        String tampered = SignedFixtures.replace(SamplePackages.read(signed), "000.00.00.G22", "000.00.00.G23");
        VerifierSupport.assertRefused(dir, tampered, AxisErrorCode.SIGNATURE_INVALID);
        return check;
    }

    private Path signWithXmlSec1(TestKeys keys, String c14n, List<String> transforms, String alg) throws Exception {
        String unsigned = SamplePackages.document(1, 4000);
        String template = SignedFixtures.replace(unsigned, "</edXML:edXMLHeader>",
                XmlSec1.template(c14n, transforms, alg) + "</edXML:edXMLHeader>");
        Path tmpl = SamplePackages.write(dir, "template.edxml", template);
        Path key = XmlSec1.pem(dir.resolve("key.pem"), "PRIVATE KEY", keys.key().getEncoded());
        Path cert = XmlSec1.pem(dir.resolve("cert.pem"), "CERTIFICATE", keys.cert.getEncoded());
        Path out = dir.resolve("xmlsec1-signed.edxml");
        XmlSec1.Result r = XmlSec1.run("--sign", "--privkey-pem", key + "," + cert, "--output", out.toString(),
                tmpl.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        return out;
    }
}
