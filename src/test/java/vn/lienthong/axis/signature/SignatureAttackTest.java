package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.lienthong.axis.signature.SignedFixtures.replace;
import static vn.lienthong.axis.signature.SignedFixtures.resign;
import static vn.lienthong.axis.signature.VerifierSupport.assertRefused;
import static vn.lienthong.axis.signature.VerifierSupport.verify;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;

/** The signature-layer cases of the SIG catalogue (reliability-and-security.md §8.1). */
class SignatureAttackTest {
    private static final String ENV_AND_EXC = "<Transform Algorithm=\"" + SignatureUris.ENVELOPED + "\"></Transform>"
            + "<Transform Algorithm=\"" + SignatureUris.EXC_C14N + "\"></Transform>";
    private static final TestKeys KEYS = TestKeys.rsa(2048);

    @TempDir Path dir;
    private String signed;

    @BeforeEach
    void signSample() throws Exception {
        signed = SignedFixtures.signed(dir, 2);
        assertThat(verify(dir, signed).signer()).isEqualTo(KEYS.cert);
    }

    @Test
    void sig01_givenSignatureRemoved_thenSignatureMissing() throws Exception {
        assertRefused(dir, signed.replace(SignedFixtures.signatureElement(signed), ""), AxisErrorCode.SIGNATURE_MISSING);
    }

    @Test
    void sig02_givenOneByteOfHeaderChanged_thenSignatureInvalid() throws Exception {
        assertRefused(dir, replace(signed, "000.00.00.G22", "000.00.00.G23"), AxisErrorCode.SIGNATURE_INVALID)
                .hasMessageContaining("DigestValue");
    }

    @Test
    void sig03_givenOneByteOfAttachmentBase64Changed_thenSignatureInvalid() throws Exception {
        int i = signed.indexOf("<ContentTransferEncoded>") + "<ContentTransferEncoded>".length() + 10;
        char c = signed.charAt(i) == 'A' ? 'B' : 'A';
        String tampered = signed.substring(0, i) + c + signed.substring(i + 1);
        assertRefused(dir, tampered, AxisErrorCode.SIGNATURE_INVALID);
    }

    @Test
    void sig04_givenSignedDocumentMovedIntoObjectAndIdReference_thenProfileRefuses() throws Exception {
        String body = signed.substring(signed.indexOf("<edXML:edXMLBody>"), signed.indexOf("</edXML:edXMLBody>") + 18);
        String xsw = replace(signed, "<Reference URI=\"\">", "<Reference URI=\"#signed\">");
        xsw = replace(xsw, "</KeyInfo>", "</KeyInfo><Object><Wrapper Id=\"signed\">" + body + "</Wrapper></Object>");
        xsw = replace(xsw, "000.00.00.G22", "000.00.00.X66");
        assertRefused(dir, resign(xsw, KEYS), AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("URI=\"#signed\"");
    }

    @Test
    void sig05_givenSignedEnvelopeWrappedInExtensionElement_thenProfileRefuses() throws Exception {
        String wrapped = replace(signed, "<edXML:edXMLEnvelope ", "<Extensions><edXML:edXMLEnvelope ");
        wrapped = replace(wrapped, "</edXML:edXMLEnvelope>", "</edXML:edXMLEnvelope></Extensions>");
        assertRefused(dir, wrapped, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("/edXML/Extensions");
    }

    @Test
    void sig06_givenDuplicateIdsAndIdReference_thenProfileRefuses() throws Exception {
        String dup = replace(signed, "<edXML:MessageHeader>", "<edXML:MessageHeader Id=\"doc-1\">");
        dup = replace(dup, "<edXML:TraceHeaderList>", "<edXML:TraceHeaderList Id=\"doc-1\">");
        dup = replace(dup, "<Reference URI=\"\">", "<Reference URI=\"#doc-1\">");
        assertRefused(dir, resign(dup, KEYS), AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig07_givenWsuIdConfusion_thenProfileRefuses() throws Exception {
        String conf = replace(signed, "<edXML:MessageHeader>", "<edXML:MessageHeader xmlns:wsu=\"urn:wsu\" wsu:Id=\"x\">");
        conf = replace(conf, "<edXML:TraceHeaderList>", "<edXML:TraceHeaderList Id=\"x\">");
        conf = replace(conf, "<Reference URI=\"\">", "<Reference URI=\"#x\">");
        assertRefused(dir, resign(conf, KEYS), AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig08_givenReferenceCoveringOnlyKeyInfo_thenProfileRefuses() throws Exception {
        String partial = replace(signed, "<KeyInfo>", "<KeyInfo Id=\"ki\">");
        partial = replace(partial, "<Reference URI=\"\">", "<Reference URI=\"#ki\">");
        assertRefused(dir, resign(partial, KEYS), AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig09_givenXPathFilter2SubtractTransform_thenProfileRefuses() throws Exception {
        String xp = replace(signed, ENV_AND_EXC, ENV_AND_EXC.replace("</Transform>", "</Transform>"
                + "<Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\"><XPath xmlns=\"http://www.w3.org/2002/06/xmldsig-filter2\" Filter=\"subtract\">//*[local-name()='AttachmentEncoded']</XPath></Transform>"));
        assertRefused(dir, resign(xp, KEYS), AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("xmldsig-filter2");
    }

    @Test
    void sig10_givenXsltTransform_thenProfileRefusesQuickly() throws Exception {
        String xslt = replace(signed, ENV_AND_EXC, ENV_AND_EXC + "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">"
                + "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"></xsl:stylesheet></Transform>");
        String hostile = resign(xslt, KEYS);
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertRefused(dir, hostile, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("xslt"));
    }

    @Test
    void sig11_givenSixTransforms_thenProfileRefuses() throws Exception {
        String exc = "<Transform Algorithm=\"" + SignatureUris.EXC_C14N + "\"></Transform>";
        String six = replace(signed, ENV_AND_EXC, ENV_AND_EXC + exc.repeat(4));
        assertRefused(dir, resign(six, KEYS), AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("Transforms");
    }

    @Test
    void sig11_givenThirtyOneReferences_thenProfileRefuses() throws Exception {
        String ref = signed.substring(signed.indexOf("<Reference URI=\"\">"), signed.indexOf("</Reference>") + 12);
        String many = replace(signed, ref, ref.repeat(31));
        assertRefused(dir, resign(many, KEYS), AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("31 Reference");
    }

    @Test
    void sig12_givenExternalHttpOrFileReference_thenProfileRefusesWithoutConnecting() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            for (String uri : new String[] {listener.url("/p"), "file:///etc/passwd"}) {
                String ext = replace(signed, "<Reference URI=\"\">", "<Reference URI=\"" + uri + "\">");
                assertRefused(dir, resign(ext, KEYS), AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining(uri);
            }
            assertThat(listener.connections()).isZero();
        }
    }

    @Test
    void sig13_givenRetrievalMethodExternalOrLooping_thenProfileRefusesWithoutConnecting() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            String external = replace(signed, "<KeyInfo>", "<KeyInfo><RetrievalMethod URI=\"" + listener.url("/cert")
                    + "\" Type=\"http://www.w3.org/2000/09/xmldsig#X509Data\"></RetrievalMethod>");
            assertRefused(dir, external, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("RetrievalMethod");
            String loop = replace(signed, "<KeyInfo>", "<KeyInfo Id=\"k\"><RetrievalMethod URI=\"#k\"></RetrievalMethod>");
            assertRefused(dir, loop, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("RetrievalMethod");
            assertThat(listener.connections()).isZero();
        }
    }

    @Test
    void sig14_givenRsaSha1_thenAlgorithmNotAllowedNamingTheSwitch() throws Exception {
        String sha1 = replace(signed, SignatureUris.RSA_SHA256, SignatureUris.RSA_SHA1);
        assertRefused(dir, resign(sha1, KEYS), AxisErrorCode.ALGORITHM_NOT_ALLOWED)
                .hasMessageContaining("axis.signature.allow-sha1=true").hasMessageContaining("--allow-sha1");
    }

    @Test
    void sig14_givenSha1DigestWithRsaSha256_thenAlgorithmNotAllowed() throws Exception {
        String sha1 = replace(signed, SignatureUris.SHA256, SignatureUris.SHA1);
        assertRefused(dir, resign(sha1, KEYS), AxisErrorCode.ALGORITHM_NOT_ALLOWED).hasMessageContaining("SHA-1");
    }

    @Test
    void sig14_givenSha1AndAllowSha1_thenVerifies() throws Exception {
        var options = new EdxmlSigner.Options(SignatureUris.RSA_SHA1, SignatureUris.SHA1, SignatureNamespace.DSIG, true);
        String sha1 = SignedFixtures.sign(dir, SamplePackages.document(1, 100), KEYS, options);
        Path file = SamplePackages.write(dir, "sha1.edxml", sha1);
        assertThat(new EdxmlSignatureVerifier(true, java.time.Clock.systemUTC()).verify(file).signatureMethod())
                .isEqualTo(SignatureUris.RSA_SHA1);
        assertRefused(dir, sha1, AxisErrorCode.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void sig15_givenMd5DigestOrRsaMd5_thenAlgorithmNotAllowedEvenWithSha1Allowed() throws Exception {
        var lenient = new EdxmlSignatureVerifier(true, java.time.Clock.systemUTC());
        String md5 = replace(signed, SignatureUris.SHA256, "http://www.w3.org/2001/04/xmldsig-more#md5");
        assertRefused(lenient, dir, resign(md5, KEYS), AxisErrorCode.ALGORITHM_NOT_ALLOWED);
        String rsaMd5 = replace(signed, SignatureUris.RSA_SHA256, "http://www.w3.org/2001/04/xmldsig-more#rsa-md5");
        assertRefused(lenient, dir, rsaMd5, AxisErrorCode.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void sig16_givenRsa1024Signer_thenWeakKey() throws Exception {
        String weak = SignedFixtures.sign(dir, SamplePackages.document(0, 0), TestKeys.rsa(1024),
                EdxmlSigner.Options.defaults());
        assertRefused(dir, weak, AxisErrorCode.WEAK_KEY).hasMessageContaining("1024");
    }

    @Test
    void sig16_givenEcP192Certificate_thenWeakKey() throws Exception {
        String ec = SignedFixtures.sign(dir, SamplePackages.document(0, 0), TestKeys.ec("secp256r1"),
                EdxmlSigner.Options.defaults());
        String p192 = java.util.Base64.getEncoder().encodeToString(TestKeys.ec("secp192r1").cert.getEncoded());
        String swapped = ec.replaceFirst("<X509Certificate>[^<]+</X509Certificate>",
                "<X509Certificate>" + p192 + "</X509Certificate>");
        assertRefused(dir, swapped, AxisErrorCode.WEAK_KEY).hasMessageContaining("192");
    }

    @Test
    void sig17_givenHmacSha256WithTruncatedOutput_thenAlgorithmNotAllowed() throws Exception {
        String hmac = replace(signed, "<SignatureMethod Algorithm=\"" + SignatureUris.RSA_SHA256 + "\"></SignatureMethod>",
                "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256\">"
                        + "<HMACOutputLength>8</HMACOutputLength></SignatureMethod>");
        assertRefused(dir, hmac, AxisErrorCode.ALGORITHM_NOT_ALLOWED).hasMessageContaining("hmac-sha256");
    }

    @Test
    void sig18_givenSelfSignedAttackerCertificate_thenVerifierReturnsItForTrustToRefuse() throws Exception {
        TestKeys attacker = TestKeys.named("attacker");
        String forged = SignedFixtures.sign(dir, SamplePackages.document(1, 100), attacker, EdxmlSigner.Options.defaults());
        SignatureCheck check = verify(dir, forged);
        assertThat(check.signer()).isEqualTo(attacker.cert);
        assertThat(check.signer().getSubjectX500Principal()).isEqualTo(check.signer().getIssuerX500Principal());
        assertThat(check.chain()).isEmpty();
    }

    @Test
    void sig19_givenBareKeyValue_thenUntrustedSigner() throws Exception {
        String keyValue = signed.replaceFirst("<KeyInfo>.*</KeyInfo>", "<KeyInfo><KeyValue><RSAKeyValue><Modulus>AQAB"
                + "</Modulus><Exponent>AQAB</Exponent></RSAKeyValue></KeyValue></KeyInfo>");
        assertRefused(dir, keyValue, AxisErrorCode.UNTRUSTED_SIGNER).hasMessageContaining("KeyValue");
    }

    @Test
    void sig20_givenOtherAgencysCertificate_thenVerifierReturnsSubjectForTrustToBind() throws Exception {
        TestKeys agencyB = TestKeys.issuedBy(TestKeys.named("Sample Agency CA"), "CN=Agency B signer,OU=000.00.00.B01");
        var signer = new EdxmlSigner(agencyB.key(), java.util.List.of(agencyB.cert, TestKeys.named("Sample Agency CA").cert));
        Path in = SamplePackages.write(dir, "from-a.edxml", SamplePackages.document(0, 0));
        signer.sign(in, dir.resolve("from-a-signed.edxml"));
        SignatureCheck check = new EdxmlSignatureVerifier().verify(dir.resolve("from-a-signed.edxml"));
        assertThat(check.signer().getSubjectX500Principal().getName()).contains("000.00.00.B01");
        assertThat(check.chain()).containsExactly(TestKeys.named("Sample Agency CA").cert);
    }

    @Test
    void sig21_givenSecondValidSignatureOverHarmlessElement_thenProfileRefuses() throws Exception {
        String second = SignedFixtures.signatureElement(signed);
        assertRefused(dir, replace(signed, "</edXML:MessageHeader>", second + "</edXML:MessageHeader>"),
                AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("exactly one Signature");
        assertRefused(dir, replace(signed, "</AttachmentEncoded>", second + "</AttachmentEncoded>"),
                AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig21_givenSecondSignatureByUnknownPartyAfterTheFirst_thenProfileRefuses() throws Exception {
        String other = SignedFixtures.signatureElement(SignedFixtures.sign(dir, SamplePackages.document(0, 0),
                TestKeys.named("attacker"), EdxmlSigner.Options.defaults()));
        String first = SignedFixtures.signatureElement(signed);
        assertRefused(dir, replace(signed, first, first + other), AxisErrorCode.SIGNATURE_PROFILE);
        String qcvn = other.replace(SignatureUris.DSIG_NS, SignatureUris.QCVN_NS);
        assertRefused(dir, replace(signed, "</edXML:edXMLBody>", qcvn + "</edXML:edXMLBody>"),
                AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig22_givenCommentSplittingSignedSenderId_thenProfileRefusesAlthoughDigestStillMatches() throws Exception {
        String split = replace(signed, "<edXML:OrganId>000.00.00.H99</edXML:OrganId>",
                "<edXML:OrganId>000.00.00.H99<!---->X</edXML:OrganId>");
        assertRefused(dir, split, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("comment");
        String commentOnly = replace(signed, "<edXML:OrganId>000.00.00.H99</edXML:OrganId>",
                "<edXML:OrganId>000.00.00.H<!---->99</edXML:OrganId>");
        assertRefused(dir, commentOnly, AxisErrorCode.SIGNATURE_PROFILE);
    }

    @Test
    void sig23_givenSigningTimeTwoDaysAhead_thenSigningTimeInvalid() throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-01-10T03:00:00Z");
        var verifier = new EdxmlSignatureVerifier(false, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        assertRefused(verifier, dir, withSigningTime(signed, "2026-01-12T03:00:00Z"), AxisErrorCode.SIGNING_TIME_INVALID);
        assertRefused(verifier, dir, withSigningTime(signed, "2026-01-10T10:06:00"), AxisErrorCode.SIGNING_TIME_INVALID);
        Path ok = SamplePackages.write(dir, "time-ok.edxml", withSigningTime(signed, "2026-01-10T03:04:00Z"));
        assertThat(verifier.verify(ok).signingTime()).isEqualTo(java.time.Instant.parse("2026-01-10T03:04:00Z"));
    }

    static String withSigningTime(String xml, String time) {
        return replace(xml, "</KeyInfo>", "</KeyInfo><Object><SignatureProperties><SignatureProperty Target=\"#s\">"
                + "<SigningTime xmlns=\"urn:vnpt\">" + time + "</SigningTime></SignatureProperty></SignatureProperties></Object>");
    }
}
