package vn.lienthong.axis.signature;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The strict edXML signature profile, applied to the captured Signature before any cryptography:
 * one SignedInfo with one {@code Reference URI=""}, transforms enveloped-signature [+ one c14n],
 * allow-listed algorithms, a certificate in KeyInfo, no RetrievalMethod.
 */
final class SignatureProfile {
    static final int MAX_TRANSFORMS = 2;
    private static final Set<String> SIGNATURE_CHILDREN = Set.of("SignedInfo", "SignatureValue", "KeyInfo", "Object");
    private static final Set<String> SIGNED_INFO_CHILDREN =
            Set.of("CanonicalizationMethod", "SignatureMethod", "Reference");
    private static final Set<String> REFERENCE_CHILDREN = Set.of("Transforms", "DigestMethod", "DigestValue");

    private SignatureProfile() {}

    static ParsedSignature read(XmlNode signature, boolean allowSha1) {
        String ns = signature.name().getNamespaceURI();
        onlyChildren(signature, SIGNATURE_CHILDREN, ns, "Signature");
        XmlNode signedInfo = exactlyOne(signature, "SignedInfo", "Signature");
        onlyChildren(signedInfo, SIGNED_INFO_CHILDREN, ns, "Signature/SignedInfo");
        XmlNode c14n = exactlyOne(signedInfo, "CanonicalizationMethod", "Signature/SignedInfo");
        String c14nUri = algorithm(c14n, "Signature/SignedInfo/CanonicalizationMethod");
        if (!Canonicalization.SIGNED_INFO_METHODS.contains(c14nUri)) {
            throw profile("CanonicalizationMethod " + c14nUri + " is not allowed; use c14n or exc-c14n"
                    + " (the misspelt VNPT URI is accepted only as a Reference transform)",
                    "Signature/SignedInfo/CanonicalizationMethod");
        }
        noChildren(c14n, "Signature/SignedInfo/CanonicalizationMethod");
        XmlNode sigMethod = exactlyOne(signedInfo, "SignatureMethod", "Signature/SignedInfo");
        String sigUri = algorithm(sigMethod, "Signature/SignedInfo/SignatureMethod");
        SignatureAlgorithms.Method method = SignatureAlgorithms.signatureMethod(sigUri, allowSha1);
        noChildren(sigMethod, "Signature/SignedInfo/SignatureMethod");

        List<XmlNode> references = signedInfo.children("Reference");
        if (references.size() != 1) {
            throw profile("SignedInfo has " + references.size() + " Reference elements; exactly one with URI=\"\""
                    + " (the whole package) is required", "Signature/SignedInfo/Reference");
        }
        XmlNode reference = references.get(0);
        String uri = reference.attribute("URI");
        if (!"".equals(uri)) {
            throw profile("Reference URI=" + (uri == null ? "(absent)" : "\"" + uri + "\"")
                    + " is not allowed; the Reference must be URI=\"\" (the whole package)",
                    "Signature/SignedInfo/Reference/@URI");
        }
        onlyChildren(reference, REFERENCE_CHILDREN, ns, "Signature/SignedInfo/Reference");
        List<String> transforms = transforms(reference);
        XmlNode digestMethod = exactlyOne(reference, "DigestMethod", "Signature/SignedInfo/Reference");
        String digestUri = algorithm(digestMethod, "Signature/SignedInfo/Reference/DigestMethod");
        SignatureAlgorithms.digest(digestUri, allowSha1);
        byte[] digestValue = base64(exactlyOne(reference, "DigestValue", "Signature/SignedInfo/Reference"),
                "Signature/SignedInfo/Reference/DigestValue");
        byte[] signatureValue = base64(exactlyOne(signature, "SignatureValue", "Signature"), "Signature/SignatureValue");
        List<X509Certificate> certs = KeyInfoCertificates.read(signature);
        return new ParsedSignature(c14nUri, sigUri, method, transforms, digestUri, digestValue, signatureValue,
                certs, signingTime(signature));
    }

    private static List<String> transforms(XmlNode reference) {
        String field = "Signature/SignedInfo/Reference/Transforms";
        List<XmlNode> wrappers = reference.children("Transforms");
        if (wrappers.size() != 1) {
            throw profile("The Reference needs one Transforms element with enveloped-signature", field);
        }
        List<String> uris = new ArrayList<>();
        for (XmlNode t : wrappers.get(0).children()) {
            String uri = algorithm(t, field + "/Transform");
            if (!"Transform".equals(t.local())
                    || !(SignatureUris.ENVELOPED.equals(uri) || Canonicalization.REFERENCE_TRANSFORMS.contains(uri))) {
                throw profile("Transform " + uri + " is not allowed; only enveloped-signature followed by one"
                        + " c14n/exc-c14n transform is", field);
            }
            noChildren(t, field + "/Transform");
            uris.add(uri);
        }
        if (uris.isEmpty() || uris.size() > MAX_TRANSFORMS || !SignatureUris.ENVELOPED.equals(uris.get(0))
                || (uris.size() == 2 && SignatureUris.ENVELOPED.equals(uris.get(1)))) {
            throw profile("Transforms " + uris + " break the profile: enveloped-signature first, then at most"
                    + " one c14n/exc-c14n transform", field);
        }
        return List.copyOf(uris);
    }

    private static String signingTime(XmlNode signature) {
        for (XmlNode object : signature.children("Object")) {
            String t = find(object, "SigningTime");
            if (t != null) {
                return t.strip();
            }
        }
        return null;
    }

    private static String find(XmlNode node, String local) {
        for (XmlNode c : node.children()) {
            String hit = c.local().equals(local) ? c.text() : find(c, local);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    static XmlNode exactlyOne(XmlNode parent, String local, String field) {
        List<XmlNode> found = parent.children(local);
        if (found.size() != 1) {
            throw profile(field + " must have exactly one " + local + " (found " + found.size() + ")",
                    field + "/" + local);
        }
        return found.get(0);
    }

    private static void onlyChildren(XmlNode node, Set<String> allowed, String ns, String field) {
        for (XmlNode c : node.children()) {
            if (!allowed.contains(c.local()) || !ns.equals(c.name().getNamespaceURI())) {
                throw profile(field + " may not contain " + c.name(), field + "/" + c.local());
            }
        }
    }

    private static void noChildren(XmlNode node, String field) {
        if (!node.children().isEmpty()) {
            throw profile(field + " may not have child elements (found " + node.children().get(0).local() + ")",
                    field);
        }
    }

    private static String algorithm(XmlNode node, String field) {
        String a = node.attribute("Algorithm");
        if (a == null) {
            throw profile(field + " has no Algorithm attribute", field);
        }
        return a;
    }

    static byte[] base64(XmlNode node, String field) {
        try {
            return Base64.getDecoder().decode(withoutWhitespace(node.text()));
        } catch (IllegalArgumentException e) {
            throw profile(field + " is not valid base64", field);
        }
    }

    /** The text without the characters of the regex class {@code \s} (a loop: a regex is compiled per call). */
    static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static X509Certificate certificate(byte[] der, String field) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw profile(field + " is not an X.509 certificate: " + e.getMessage(), field);
        }
    }

    static AxisException profile(String detail, String field) {
        return new AxisException(AxisErrorCode.SIGNATURE_PROFILE, detail, field);
    }
}
