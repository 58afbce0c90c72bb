package vn.lienthong.axis.signature;

import java.security.cert.X509Certificate;
import java.util.List;

/** The Signature element read under the profile: every value is already allow-listed. */
record ParsedSignature(
        String canonicalizationMethod,
        String signatureMethod,
        SignatureAlgorithms.Method method,
        List<String> transforms,
        String digestMethod,
        byte[] digestValue,
        byte[] signatureValue,
        List<X509Certificate> certificates,
        String signingTime) {

    /** The c14n transform after enveloped-signature, or null when there is none. */
    String referenceCanonicalization() {
        return transforms.size() > 1 ? transforms.get(1) : null;
    }
}
