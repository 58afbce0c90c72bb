package vn.lienthong.axis.signature;

import static vn.lienthong.axis.signature.SignatureUris.*;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Map;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The algorithm allow-list: signature methods, digest methods and minimum key sizes.
 * Anything not listed (MD5, HMAC, DSA, ECDSA-SHA1, RSA-PSS with explicit parameters) is refused.
 */
public final class SignatureAlgorithms {
    static final int MIN_RSA_BITS = 2048;
    static final int MIN_EC_BITS = 256;
    static final String SHA1_HINT = "set axis.signature.allow-sha1=true or pass --allow-sha1 to accept SHA-1";

    /** One allowed signature method: JCA name, key family, PSS digest (or null), and whether it is SHA-1. */
    record Method(String jcaName, String keyAlgorithm, String pssDigest, boolean sha1) {}

    private static final Map<String, Method> METHODS = Map.of(
            RSA_SHA1, new Method("SHA1withRSA", "RSA", null, true),
            RSA_SHA256, new Method("SHA256withRSA", "RSA", null, false),
            RSA_SHA384, new Method("SHA384withRSA", "RSA", null, false),
            RSA_SHA512, new Method("SHA512withRSA", "RSA", null, false),
            RSA_PSS_SHA256, new Method("RSASSA-PSS", "RSA", "SHA-256", false),
            RSA_PSS_SHA384, new Method("RSASSA-PSS", "RSA", "SHA-384", false),
            RSA_PSS_SHA512, new Method("RSASSA-PSS", "RSA", "SHA-512", false),
            ECDSA_SHA256, new Method("SHA256withECDSAinP1363Format", "EC", null, false),
            ECDSA_SHA384, new Method("SHA384withECDSAinP1363Format", "EC", null, false),
            ECDSA_SHA512, new Method("SHA512withECDSAinP1363Format", "EC", null, false));

    private static final Map<String, String> DIGESTS = Map.of(
            SHA1, "SHA-1", SHA256, "SHA-256", SHA384, "SHA-384", SHA512, "SHA-512");

    private SignatureAlgorithms() {}

    /** Checks a SignatureMethod URI against the allow-list. */
    static Method signatureMethod(String uri, boolean allowSha1) {
        Method m = METHODS.get(uri);
        if (m == null) {
            throw new AxisException(AxisErrorCode.ALGORITHM_NOT_ALLOWED, "SignatureMethod " + uri
                    + " is not allowed; use rsa-sha256/384/512, RSASSA-PSS (sha*-rsa-MGF1) or ecdsa-sha256/384/512",
                    "Signature/SignedInfo/SignatureMethod");
        }
        if (m.sha1() && !allowSha1) {
            throw new AxisException(AxisErrorCode.ALGORITHM_NOT_ALLOWED, "SignatureMethod " + uri
                    + " uses SHA-1; " + SHA1_HINT, "Signature/SignedInfo/SignatureMethod");
        }
        return m;
    }

    /** Checks a DigestMethod URI against the allow-list and returns a fresh MessageDigest. */
    static MessageDigest digest(String uri, boolean allowSha1) {
        String name = DIGESTS.get(uri);
        String field = "Signature/SignedInfo/Reference/DigestMethod";
        if (name == null) {
            throw new AxisException(AxisErrorCode.ALGORITHM_NOT_ALLOWED,
                    "DigestMethod " + uri + " is not allowed; use SHA-256, SHA-384 or SHA-512", field);
        }
        if (SHA1.equals(uri) && !allowSha1) {
            throw new AxisException(AxisErrorCode.ALGORITHM_NOT_ALLOWED,
                    "DigestMethod " + uri + " is SHA-1; " + SHA1_HINT, field);
        }
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "JCA lacks " + name, field, e);
        }
    }

    /** Refuses RSA keys under 2048 bits and EC keys under 256 bits, and keys of the wrong family. */
    static void checkKey(PublicKey key, Method method) {
        String field = "Signature/KeyInfo/X509Data/X509Certificate";
        if (!method.keyAlgorithm().equals(key.getAlgorithm())) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "SignatureMethod needs a "
                    + method.keyAlgorithm() + " key but the certificate holds a " + key.getAlgorithm() + " key", field);
        }
        int bits = keyBits(key);
        int min = key instanceof RSAKey ? MIN_RSA_BITS : MIN_EC_BITS;
        if (bits < min) {
            throw new AxisException(AxisErrorCode.WEAK_KEY, "The signer's " + key.getAlgorithm() + " key has "
                    + bits + " bits; at least " + min + " are required", field);
        }
    }

    static int keyBits(PublicKey key) {
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        throw new AxisException(AxisErrorCode.ALGORITHM_NOT_ALLOWED,
                "Key type " + key.getAlgorithm() + " is not allowed; use RSA or EC", "Signature/KeyInfo");
    }

    /** True when {@code signatureValue} verifies over {@code signedInfo} with {@code key}. */
    static boolean verify(Method method, PublicKey key, byte[] signedInfo, byte[] signatureValue) {
        try {
            Signature s = jca(method);
            s.initVerify(key);
            s.update(signedInfo);
            return s.verify(signatureValue);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Signs {@code signedInfo}; used by {@link EdxmlSigner}. */
    static byte[] sign(Method method, PrivateKey key, byte[] signedInfo) throws GeneralSecurityException {
        Signature s = jca(method);
        s.initSign(key);
        s.update(signedInfo);
        return s.sign();
    }

    private static Signature jca(Method method) throws GeneralSecurityException {
        Signature s = Signature.getInstance(method.jcaName());
        if (method.pssDigest() != null) {
            int saltLength = MessageDigest.getInstance(method.pssDigest()).getDigestLength();
            s.setParameter(new PSSParameterSpec(method.pssDigest(), "MGF1",
                    new MGF1ParameterSpec(method.pssDigest()), saltLength, 1));
        }
        return s;
    }
}
