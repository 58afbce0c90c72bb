package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The CRL distribution point and OCSP (authorityInfoAccess) URLs a certificate names. */
final class RevocationPointers {
    private RevocationPointers() {}

    static List<String> crlUrls(X509Certificate cert) {
        List<String> urls = new ArrayList<>();
        byte[] ext = extensionValue(cert, Extension.cRLDistributionPoints.getId());
        if (ext == null) {
            return urls;
        }
        CRLDistPoint points = CRLDistPoint.getInstance(unwrap(ext));
        for (DistributionPoint dp : points.getDistributionPoints()) {
            DistributionPointName name = dp.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                addUris(GeneralNames.getInstance(name.getName()), urls);
            }
        }
        return urls;
    }

    static List<String> ocspUrls(X509Certificate cert) {
        List<String> urls = new ArrayList<>();
        byte[] ext = extensionValue(cert, Extension.authorityInfoAccess.getId());
        if (ext == null) {
            return urls;
        }
        for (AccessDescription ad : AuthorityInformationAccess.getInstance(unwrap(ext)).getAccessDescriptions()) {
            if (AccessDescription.id_ad_ocsp.equals(ad.getAccessMethod())
                    && ad.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                urls.add(ad.getAccessLocation().getName().toString());
            }
        }
        return urls;
    }

    /**
     * The extension's value, or null. Asks the extension sets first: the JDK's certificate throws and catches
     * an exception inside {@code getExtensionValue} for every absent extension (a stack trace per call).
     */
    private static byte[] extensionValue(X509Certificate cert, String oid) {
        Set<String> nonCritical = cert.getNonCriticalExtensionOIDs();
        Set<String> critical = cert.getCriticalExtensionOIDs();
        boolean present = (nonCritical != null && nonCritical.contains(oid)) || (critical != null && critical.contains(oid));
        return present ? cert.getExtensionValue(oid) : null;
    }

    private static void addUris(GeneralNames names, List<String> urls) {
        for (GeneralName n : names.getNames()) {
            if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
                urls.add(n.getName().toString());
            }
        }
    }

    private static ASN1Primitive unwrap(byte[] extensionValue) {
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extensionValue).getOctets());
        } catch (java.io.IOException e) {
            throw new AxisException(AxisErrorCode.UNTRUSTED_SIGNER,
                    "A certificate carries a malformed CRL distribution point or authorityInfoAccess extension", null, e);
        }
    }
}
