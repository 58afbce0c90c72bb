package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.axis.signature.SignatureUris.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Zero false rejects: every allowed algorithm × RSA/EC key × DSig/QCVN namespace × with/without
 * attachments verifies; and packages signed by an independent implementation (Santuario DOM) with
 * every allowed c14n / transform combination verify too.
 */
class ValidCorpusTest {
    @TempDir Path dir;

    static Stream<Arguments> ownSignatures() {
        List<Arguments> all = new ArrayList<>();
        String[][] algs = {
            {RSA_SHA256, SHA256, "RSA2048"}, {RSA_SHA384, SHA384, "RSA2048"}, {RSA_SHA512, SHA512, "RSA3072"},
            {RSA_PSS_SHA256, SHA256, "RSA2048"}, {RSA_PSS_SHA384, SHA384, "RSA2048"}, {RSA_PSS_SHA512, SHA512, "RSA3072"},
            {ECDSA_SHA256, SHA256, "secp256r1"}, {ECDSA_SHA384, SHA384, "secp384r1"}, {ECDSA_SHA512, SHA512, "secp521r1"},
            {ECDSA_SHA256, SHA512, "secp384r1"},
        };
        for (String[] a : algs) {
            for (SignatureNamespace ns : SignatureNamespace.values()) {
                for (int attachments : new int[] {0, 2}) {
                    all.add(Arguments.of(a[0], a[1], a[2], ns, attachments));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} attachments={4}")
    @MethodSource("ownSignatures")
    void givenAllowedAlgorithmKeyAndNamespace_thenVerifies(String sigAlg, String digest, String key,
            SignatureNamespace ns, int attachments) throws Exception {
        TestKeys keys = key.startsWith("RSA") ? TestKeys.rsa(Integer.parseInt(key.substring(3))) : TestKeys.ec(key);
        String signed = SignedFixtures.sign(dir, SamplePackages.document(attachments, 5000), keys,
                new EdxmlSigner.Options(sigAlg, digest, ns, false));
        SignatureCheck check = VerifierSupport.verify(dir, signed);
        assertThat(check.signatureMethod()).isEqualTo(sigAlg);
        assertThat(check.digestMethod()).isEqualTo(digest);
        assertThat(check.namespace()).isEqualTo(ns);
        assertThat(check.signer()).isEqualTo(keys.cert);
        if (ns == SignatureNamespace.DSIG) {
            assertThat(DomSignatures.verify(signed, keys.cert)).as("Santuario DOM agrees").isTrue();
        }
    }

    static Stream<Arguments> domSignatures() {
        List<Arguments> all = new ArrayList<>();
        for (String c14n : List.of(C14N, C14N_WITH_COMMENTS, EXC_C14N, EXC_C14N_WITH_COMMENTS)) {
            for (List<String> t : List.of(List.of(ENVELOPED), List.of(ENVELOPED, C14N), List.of(ENVELOPED, EXC_C14N),
                    List.of(ENVELOPED, EXC_C14N_WITH_COMMENTS), List.of(ENVELOPED, C14N_WITH_COMMENTS))) {
                all.add(Arguments.of(c14n, t, RSA_SHA256, "RSA2048"));
            }
        }
        all.add(Arguments.of(EXC_C14N, List.of(ENVELOPED, EXC_C14N), ECDSA_SHA384, "secp384r1"));
        all.add(Arguments.of(C14N, List.of(ENVELOPED), RSA_PSS_SHA256, "RSA2048"));
        return all.stream();
    }

    @ParameterizedTest(name = "SignedInfo {0} transforms {1} {2}")
    @MethodSource("domSignatures")
    void givenPackageSignedBySantuarioDom_thenVerifies(String c14n, List<String> transforms, String sigAlg, String key)
            throws Exception {
        TestKeys keys = key.startsWith("RSA") ? TestKeys.rsa(2048) : TestKeys.ec(key);
        String unsigned = SamplePackages.document(1, 3000)
                .replace("<edXML:Subject>", "<!-- a comment the digest ignores --><edXML:Subject>");
        String signed = DomSignatures.sign(unsigned, keys, sigAlg, c14n, transforms, SHA256);
        SignatureCheck check = VerifierSupport.verify(dir, signed.replace("<!-- a comment the digest ignores -->", ""));
        assertThat(check.canonicalizationMethod()).isEqualTo(c14n);
        assertThat(check.transforms()).isEqualTo(transforms);
    }

    @org.junit.jupiter.api.Test
    void givenVnptShapedQcvnSignature_thenVerifies() throws Exception {
        TestKeys keys = TestKeys.rsa(2048);
        String xml = SignedFixtures.signed(dir, 1);
        xml = xml.replace("<Signature xmlns=\"" + DSIG_NS + "\">", "<Signature>")
                .replace("<CanonicalizationMethod Algorithm=\"" + EXC_C14N + "\">", "\n        <CanonicalizationMethod Algorithm=\"" + C14N + "\">")
                .replace("<Transform Algorithm=\"" + EXC_C14N + "\">", "<Transform Algorithm=\"" + EXC_C14N_VNPT_TYPO + "\">")
                .replace("</SignatureMethod>", "</SignatureMethod>\n        ")
                .replace("</SignedInfo>", "\n      </SignedInfo>\n      ")
                .replace("<X509Certificate>", "<X509SubjectName>CN=Sample Agency H99 signer RSA2048,O=Sample,C=VN</X509SubjectName><X509Certificate>")
                .replace("</KeyInfo>", "</KeyInfo><Object><SignatureProperties><SignatureProperty Target=\"#sig\">"
                        + "<SigningTime>2025-06-02T09:15:00</SigningTime></SignatureProperty></SignatureProperties></Object>");
        SignatureCheck check = VerifierSupport.verify(dir, SignedFixtures.resignStreaming(dir, xml, keys));
        assertThat(check.namespace()).isEqualTo(SignatureNamespace.QCVN);
        assertThat(check.canonicalizationMethod()).isEqualTo(C14N);
        assertThat(check.transforms()).containsExactly(ENVELOPED, EXC_C14N_VNPT_TYPO);
        assertThat(check.signingTime()).isEqualTo(java.time.Instant.parse("2025-06-02T02:15:00Z"));
    }
}
