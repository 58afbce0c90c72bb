package vn.lienthong.axis.signature.pdf;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;

/**
 * Checks the CAdES signing-certificate-v2 attribute, when present, against the certificate that verified
 * the signature: it binds the signature to one certificate and stops certificate substitution.
 */
final class SigningCertificateBinding {

    private SigningCertificateBinding() {
    }

    /** Null when the attribute is absent or matches; otherwise the mismatch in words. */
    static String mismatch(SignerInformation si, X509Certificate signer) {
        if (si.getSignedAttributes() == null) {
            return null;
        }
        Attribute a = si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return null;
        }
        try {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts();
            if (ids.length == 0) {
                return "the signing-certificate-v2 attribute names no certificate";
            }
            String alg = CmsSignatureCheck.DIGESTS.get(ids[0].getHashAlgorithm().getAlgorithm().getId());
            if (alg == null) {
                return "the signing-certificate-v2 attribute uses a digest that is not allowed";
            }
            byte[] actual = MessageDigest.getInstance(alg, CmsSignatureCheck.BC).digest(signer.getEncoded());
            return MessageDigest.isEqual(actual, ids[0].getCertHash()) ? null
                    : "the signing-certificate-v2 attribute does not match the signer certificate";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "the signing-certificate-v2 attribute cannot be read: " + e.getMessage();
        }
    }
}
