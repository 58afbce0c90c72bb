package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.Init;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** An independent implementation for cross-checks: Santuario's DOM XMLSignature (tests only). */
final class DomSignatures {
    static {
        Init.init();
    }

    private DomSignatures() {}

    /** Signs {@code unsigned} with Santuario DOM, Signature appended to edXMLHeader, and serialises it. */
    static String sign(String unsigned, TestKeys keys, String sigAlg, String c14n, List<String> transforms,
            String digest) throws Exception {
        Document doc = parse(unsigned);
        Element header = (Element) doc.getElementsByTagNameNS(SignatureUris.QCVN_NS, "edXMLHeader").item(0);
        XMLSignature sig = new XMLSignature(doc, "", sigAlg, c14n);
        header.appendChild(sig.getElement());
        Transforms t = new Transforms(doc);
        for (String uri : transforms) {
            t.addTransform(uri);
        }
        sig.addDocument("", t, digest);
        sig.addKeyInfo(keys.cert);
        sig.sign(keys.key());
        StringWriter w = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(w));
        return w.toString();
    }

    /** Verifies the DSig-namespace Signature of {@code signed} with Santuario DOM, secure validation on. */
    static boolean verify(String signed, X509Certificate cert) throws Exception {
        Document doc = parse(signed);
        Element sigEl = (Element) doc.getElementsByTagNameNS(SignatureUris.DSIG_NS, "Signature").item(0);
        return new XMLSignature(sigEl, "", true).checkSignatureValue(cert);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }
}
