package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * {@code META-INF/signatures.xml} of an evidence container: one detached XML-DSig with one
 * {@code Reference} per file of the container (URI = its path, SHA-256, no transforms), signed with the
 * axis key (ADR 018). {@code META-INF/manifest.xml} is the ASiC-E OpenDocument manifest.
 */
public final class ContainerManifest {
    static final String ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#";
    public static final String MIMETYPE = "application/vnd.etsi.asic-e+zip";

    /** What a verified manifest states: the signer's certificate and each file's SHA-256 (hex). */
    public record Signed(X509Certificate signer, Map<String, String> digests) {}

    private ContainerManifest() {}

    /** The OpenDocument manifest listing each file and its media type (path → type, in container order). */
    static String openDocumentManifest(Map<String, String> mediaTypes) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>\n");
        mediaTypes.forEach((path, type) -> sb.append(" <manifest:file-entry manifest:full-path=\"").append(path)
                .append("\" manifest:media-type=\"").append(type).append("\"/>\n"));
        return sb.append("</manifest:manifest>\n").toString();
    }

    /** Signs the SHA-256 digests (path → raw digest) with the key; returns the signatures.xml bytes. */
    public static byte[] sign(Map<String, byte[]> digests, PrivateKey key, List<X509Certificate> chain) {
        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            DigestMethod sha256 = f.newDigestMethod(DigestMethod.SHA256, null);
            List<Reference> refs = new ArrayList<>();
            digests.forEach((path, digest) -> refs.add(f.newReference(path, sha256, null, null, null, digest)));
            String method = "EC".equals(key.getAlgorithm()) ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.RSA_SHA256;
            var signedInfo = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                    (C14NMethodParameterSpec) null), f.newSignatureMethod(method, null), refs);
            KeyInfoFactory kif = f.getKeyInfoFactory();
            var keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(new ArrayList<>(chain))));
            Document doc = builder().newDocument();
            Element root = doc.createElementNS(ASIC_NS, "asic:XAdESSignatures");
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:asic", ASIC_NS);
            doc.appendChild(root);
            DOMSignContext ctx = new DOMSignContext(key, root);
            ctx.setDefaultNamespacePrefix("ds");
            f.newXMLSignature(signedInfo, keyInfo, null, "axis-manifest", null).sign(ctx);
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toString().getBytes(UTF_8);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException | javax.xml.transform.TransformerException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot sign the container manifest: " + e.getMessage(),
                    null, e);
        }
    }

    /**
     * Checks the SignedInfo signature with {@code trusted}'s public key and returns the digests it signs.
     * The file digests themselves are compared by the caller. Throws SIGNATURE_INVALID otherwise.
     */
    public static Signed verify(byte[] signaturesXml, X509Certificate trusted) {
        try {
            Document doc = builder().parse(new ByteArrayInputStream(signaturesXml));
            NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
            if (sigs.getLength() != 1) {
                throw invalid("META-INF/signatures.xml must hold exactly one Signature, found " + sigs.getLength());
            }
            DOMValidateContext ctx = new DOMValidateContext(trusted.getPublicKey(), sigs.item(0));
            ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature sig = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx);
            if (!sig.getSignatureValue().validate(ctx)) {
                throw invalid("the manifest signature does not verify with the trusted axis certificate "
                        + trusted.getSubjectX500Principal().getName());
            }
            Map<String, String> digests = new LinkedHashMap<>();
            for (Reference r : sig.getSignedInfo().getReferences()) {
                if (!DigestMethod.SHA256.equals(r.getDigestMethod().getAlgorithm()) || !r.getTransforms().isEmpty()
                        || r.getURI() == null || digests.put(r.getURI(), HexFormat.of().formatHex(r.getDigestValue())) != null) {
                    throw invalid("manifest reference " + r.getURI() + ": one SHA-256 reference per file, no transforms");
                }
            }
            return new Signed(trusted, digests);
        } catch (AxisException e) {
            throw e;
        } catch (Exception e) {
            throw invalid("META-INF/signatures.xml is not a readable XML signature: " + e.getMessage());
        }
    }

    private static javax.xml.parsers.DocumentBuilder builder() throws javax.xml.parsers.ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return dbf.newDocumentBuilder();
    }

    private static AxisException invalid(String detail) {
        return new AxisException(AxisErrorCode.SIGNATURE_INVALID, detail, "META-INF/signatures.xml");
    }
}
