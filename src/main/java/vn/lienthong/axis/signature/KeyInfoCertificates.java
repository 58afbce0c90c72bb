package vn.lienthong.axis.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Reads the certificates from {@code KeyInfo/X509Data}: the signer first, then any chain
 * certificates. A KeyInfo without a certificate (e.g. a bare KeyValue) gives no trustworthy key;
 * a RetrievalMethod is never followed.
 */
final class KeyInfoCertificates {
    private static final String FIELD = "Signature/KeyInfo";

    private KeyInfoCertificates() {}

    /** The signer certificate at index 0, chain certificates after it. */
    static List<X509Certificate> read(XmlNode signature) {
        List<XmlNode> keyInfos = signature.children("KeyInfo");
        if (keyInfos.size() > 1) {
            throw SignatureProfile.profile("Signature has more than one KeyInfo", FIELD);
        }
        if (keyInfos.isEmpty()) {
            throw untrusted("Signature has no KeyInfo; it must carry the signer's X509Certificate");
        }
        XmlNode keyInfo = keyInfos.get(0);
        if (contains(keyInfo, "RetrievalMethod")) {
            throw SignatureProfile.profile("KeyInfo/RetrievalMethod is not allowed; embed the X509Certificate",
                    FIELD + "/RetrievalMethod");
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (XmlNode data : keyInfo.children("X509Data")) {
            for (XmlNode c : data.children("X509Certificate")) {
                String field = FIELD + "/X509Data/X509Certificate";
                certs.add(SignatureProfile.certificate(SignatureProfile.base64(c, field), field));
            }
        }
        if (certs.isEmpty()) {
            throw untrusted("KeyInfo carries no X509Certificate"
                    + (contains(keyInfo, "KeyValue") ? " (a bare KeyValue cannot be trusted)" : ""));
        }
        return orderSignerFirst(certs);
    }

    /** The signer is the certificate that issued none of the others; there must be exactly one. */
    private static List<X509Certificate> orderSignerFirst(List<X509Certificate> certs) {
        if (certs.size() == 1) {
            return List.copyOf(certs);
        }
        List<X509Certificate> leaves = new ArrayList<>();
        for (X509Certificate c : certs) {
            boolean issuesAnother = certs.stream().anyMatch(o -> o != c
                    && o.getIssuerX500Principal().equals(c.getSubjectX500Principal()));
            if (!issuesAnother) {
                leaves.add(c);
            }
        }
        if (leaves.size() != 1) {
            throw SignatureProfile.profile("KeyInfo holds " + certs.size() + " certificates but no single signer"
                    + " (end-entity) certificate among them", FIELD + "/X509Data");
        }
        List<X509Certificate> ordered = new ArrayList<>(leaves);
        certs.stream().filter(c -> c != leaves.get(0)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static boolean contains(XmlNode node, String local) {
        for (XmlNode c : node.children()) {
            if (c.local().equals(local) || contains(c, local)) {
                return true;
            }
        }
        return false;
    }

    private static AxisException untrusted(String detail) {
        return new AxisException(AxisErrorCode.UNTRUSTED_SIGNER, detail, FIELD);
    }
}
