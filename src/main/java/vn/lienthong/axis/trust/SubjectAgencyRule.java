package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * A configured rule binding a certificate to an agency by its subject: the agency code appears in
 * one of the named attributes (by default O, OU or serialNumber), as a whole word.
 *
 * @param attributes the subject attributes searched
 */
public record SubjectAgencyRule(Set<ASN1ObjectIdentifier> attributes) {
    /** O, OU or serialNumber contains the agency code. */
    public static final SubjectAgencyRule O_OU_SERIAL = new SubjectAgencyRule(
            Set.of(BCStyle.O, BCStyle.OU, BCStyle.SERIALNUMBER));

    /** True if {@code cert}'s subject names {@code agencyCode} in one of the attributes. */
    public boolean matches(X509Certificate cert, String agencyCode) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                if (attributes.contains(atv.getType()) && containsCode(IETFUtils.valueToString(atv.getValue()), agencyCode)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsCode(String value, String code) {
        String v = value.replace("\\", "");
        int i = v.indexOf(code);
        while (i >= 0) {
            boolean startOk = i == 0 || !isCodeChar(v.charAt(i - 1));
            int end = i + code.length();
            boolean endOk = end == v.length() || !isCodeChar(v.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = v.indexOf(code, i + 1);
        }
        return false;
    }

    private static boolean isCodeChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

}
