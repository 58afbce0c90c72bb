package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.axis.signature.SignedFixtures.replace;
import static vn.lienthong.axis.signature.VerifierSupport.assertRefused;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;

/** Tampering and hostile XML beyond the SIG catalogue; SIG-02/03/21 cover header, attachment, second Signature. */
class TamperingTest {
    @TempDir Path dir;
    private String signed;
    private String signature;

    @BeforeEach
    void sign() throws Exception {
        signed = SignedFixtures.signed(dir, 1);
        signature = SignedFixtures.signatureElement(signed);
    }

    @Test
    void givenSignatureMovedIntoBody_thenProfileRefuses() throws Exception {
        String moved = replace(signed.replace(signature, ""), "</edXML:edXMLBody>", signature + "</edXML:edXMLBody>");
        assertRefused(dir, moved, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("/edXML/edXMLEnvelope/edXMLBody");
    }

    @Test
    void givenSignatureMovedAfterRoot_thenRefused() throws Exception {
        String moved = signed.replace(signature, "").replace("</edXML>\n", "</edXML>" + signature);
        assertRefused(dir, moved, AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void givenSignatureMovedToFirstChildOfHeader_thenStillValidBecauseEnveloped() throws Exception {
        String moved = replace(signed.replace(signature, ""), "<edXML:MessageHeader>", signature + "<edXML:MessageHeader>");
        assertThat(VerifierSupport.verify(dir, moved).signer()).isEqualTo(TestKeys.rsa(2048).cert);
    }

    @Test
    void givenVnptMisspeltExcC14nTransform_thenReadAsExcC14n() throws Exception {
        String typo = replace(signed, "<Transform Algorithm=\"" + SignatureUris.EXC_C14N + "\">",
                "<Transform Algorithm=\"" + SignatureUris.EXC_C14N_VNPT_TYPO + "\">");
        SignatureCheck check = VerifierSupport.verify(dir, SignedFixtures.resign(typo, TestKeys.rsa(2048)));
        assertThat(check.transforms()).containsExactly(SignatureUris.ENVELOPED, SignatureUris.EXC_C14N_VNPT_TYPO);
    }

    @Test
    void givenMisspeltUriAsCanonicalizationMethod_thenProfileRefuses() throws Exception {
        String typo = replace(signed, "<CanonicalizationMethod Algorithm=\"" + SignatureUris.EXC_C14N + "\">",
                "<CanonicalizationMethod Algorithm=\"" + SignatureUris.EXC_C14N_VNPT_TYPO + "\">");
        assertRefused(dir, typo, AxisErrorCode.SIGNATURE_PROFILE).hasMessageContaining("misspelt");
    }

    @Test
    void givenDoctypeWithExternalEntity_thenDtdNotAllowedAndNoConnection() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            String xxe = signed.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE edXML [<!ENTITY x SYSTEM \""
                            + listener.url("/x") + "\">]>\n");
            assertRefused(dir, replace(xxe, "000.00.00.G22", "&x;"), AxisErrorCode.DTD_NOT_ALLOWED);
            assertThat(listener.connections()).isZero();
        }
    }

    @Test
    void givenTruncatedPackage_thenMalformedXml() throws Exception {
        assertRefused(dir, signed.substring(0, signed.length() - 20), AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void givenSignatureValueChanged_thenSignatureInvalid() throws Exception {
        String bad = signed.replaceFirst("<SignatureValue>(.)", "<SignatureValue>" + "Q");
        bad = bad.equals(signed) ? signed.replaceFirst("<SignatureValue>(.)", "<SignatureValue>R") : bad;
        assertRefused(dir, bad, AxisErrorCode.SIGNATURE_INVALID).hasMessageContaining("SignatureValue");
    }
}
