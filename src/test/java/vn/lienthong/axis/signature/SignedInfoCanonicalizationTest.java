package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.axis.signature.SignatureUris.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * The streaming SignedInfo canonicalization equals Santuario DOM's for every allowed method, in
 * both namespace forms: for a QCVN-namespace Signature, SignedInfo is canonicalized as it stands
 * in the document (QCVN namespace, in-scope ancestors' namespaces for inclusive c14n).
 */
class SignedInfoCanonicalizationTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DSIG, http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "DSIG, http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
        "DSIG, http://www.w3.org/2001/10/xml-exc-c14n#",
        "DSIG, http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
        "QCVN, http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "QCVN, http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
        "QCVN, http://www.w3.org/2001/10/xml-exc-c14n#",
        "QCVN, http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    })
    void givenSignedInfo_whenCanonicalizedStreaming_thenEqualsSantuarioDom(SignatureNamespace ns, String method)
            throws Exception {
        String signed = SignedFixtures.sign(dir, SamplePackages.document(1, 100), TestKeys.rsa(2048),
                new EdxmlSigner.Options(null, SHA256, ns, false));
        String xml = SignedFixtures.replace(signed, "<SignedInfo>",
                "<SignedInfo xmlns:extra=\"urn:extra\" xml:lang=\"vi\"><!-- signer's note -->");
        if (ns == SignatureNamespace.QCVN) {
            xml = xml.replace("<Signature xmlns=\"" + QCVN_NS + "\">", "<Signature>");
        }
        Path file = SamplePackages.write(dir, "c14n.edxml", xml);
        var captured = SignatureLocator.locate(file);
        byte[] streamed = Canonicalization.canonicalize(captured.signedInfoEvents(), method);

        Element signedInfo = (Element) DomSignatures.parse(xml).getElementsByTagNameNS(ns.uri(), "SignedInfo").item(0);
        ByteArrayOutputStream dom = new ByteArrayOutputStream();
        Canonicalizer.getInstance(method).canonicalizeSubtree(signedInfo, dom);
        assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(dom.toString(StandardCharsets.UTF_8));
        assertThat(captured.namespace()).isEqualTo(ns);
    }
}
