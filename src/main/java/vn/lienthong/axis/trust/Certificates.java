package vn.lienthong.axis.trust;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Small facts about one certificate: fingerprint, names, key size, self-signature. */
public final class Certificates {
    private Certificates() {}

    /** Lower-case hex SHA-256 of the DER encoding. */
    public static String sha256(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 is not available", null, e);
        }
    }

    /** Subject DN in RFC 2253 form with UTF-8 values kept readable. */
    public static String subject(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    public static String issuer(X509Certificate cert) {
        return cert.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    /** Key size in bits (RSA modulus, EC field size, DSA p), or -1 if unknown. */
    public static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa) {
            return dsa.getParams().getP().bitLength();
        }
        return -1;
    }

    /** True if {@code cert} is signed by {@code issuer}'s key and names it as issuer. */
    public static boolean isIssuedBy(X509Certificate cert, X509Certificate issuer) {
        return cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) && verifies(cert, issuer.getPublicKey());
    }

    public static boolean isSelfSigned(X509Certificate cert) {
        return cert.getIssuerX500Principal().equals(cert.getSubjectX500Principal()) && verifies(cert, cert.getPublicKey());
    }

    static boolean verifies(X509Certificate cert, PublicKey key) {
        try {
            cert.verify(key);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
