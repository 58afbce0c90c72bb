package vn.lienthong.axis.trust;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;

/**
 * Who may sign an OCSP response about a certificate (RFC 6960 §4.2.2.2): the issuing CA itself,
 * or a responder certificate the CA issued with extendedKeyUsage id-kp-OCSPSigning, valid now.
 */
final class OcspResponderCheck {
    private OcspResponderCheck() {}

    static void verify(BasicOCSPResp basic, X509Certificate issuer, Instant at, String url) throws IOException {
        try {
            if (signedBy(basic, verifier(issuer))) {
                return;
            }
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (X509CertificateHolder responder : basic.getCerts()) {
                if (isDelegatedResponder(responder, issuerHolder, at) && signedBy(basic, verifier(responder))) {
                    return;
                }
            }
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IOException("OCSP response from " + url + " cannot be verified: " + e.getMessage(), e);
        }
        throw new IOException("OCSP response from " + url + " is signed neither by the issuer "
                + Certificates.subject(issuer) + " nor by a responder it delegated");
    }

    private static boolean isDelegatedResponder(X509CertificateHolder responder, X509CertificateHolder issuer, Instant at)
            throws OperatorCreationException, java.security.cert.CertificateException {
        if (!responder.getIssuer().equals(issuer.getSubject()) || !responder.isValidOn(Date.from(at))) {
            return false;
        }
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(responder.getExtensions());
        if (eku == null || !eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
            return false;
        }
        try {
            return responder.isSignatureValid(verifier(issuer));
        } catch (org.bouncycastle.cert.CertException e) {
            return false;
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, ContentVerifierProvider verifier) {
        try {
            return basic.isSignatureValid(verifier);
        } catch (OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static ContentVerifierProvider verifier(X509Certificate cert) throws OperatorCreationException {
        return new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER).build(cert.getPublicKey());
    }

    private static ContentVerifierProvider verifier(X509CertificateHolder cert)
            throws OperatorCreationException, java.security.cert.CertificateException {
        return new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER).build(cert);
    }
}
