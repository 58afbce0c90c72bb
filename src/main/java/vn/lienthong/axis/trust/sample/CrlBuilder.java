package vn.lienthong.axis.trust.sample;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Bc;

/** Fluent builder of X.509 v2 CRLs signed by a sample or test CA. */
public final class CrlBuilder {
    private final IssuedCertificate issuer;
    private Instant thisUpdate = Instant.now().minusSeconds(60);
    private Instant nextUpdate = thisUpdate.plusSeconds(7 * 24 * 3600);
    private BigInteger number = BigInteger.ONE;
    private final Map<BigInteger, Instant> revoked = new LinkedHashMap<>();

    private CrlBuilder(IssuedCertificate issuer) {
        this.issuer = issuer;
    }

    /** A CRL issued (and signed) by {@code issuer}; by default fresh for seven days. */
    public static CrlBuilder issuedBy(IssuedCertificate issuer) {
        return new CrlBuilder(issuer);
    }

    public CrlBuilder thisUpdate(Instant thisUpdate) { this.thisUpdate = thisUpdate; return this; }

    public CrlBuilder nextUpdate(Instant nextUpdate) { this.nextUpdate = nextUpdate; return this; }

    public CrlBuilder number(long number) { this.number = BigInteger.valueOf(number); return this; }

    /** Lists {@code cert} as revoked (key compromise) since {@code when}. */
    public CrlBuilder revoke(X509Certificate cert, Instant when) {
        revoked.put(cert.getSerialNumber(), when);
        return this;
    }

    public X509CRL build() {
        try {
            X500Name name = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder b = new X509v2CRLBuilder(name, Date.from(thisUpdate));
            b.setNextUpdate(Date.from(nextUpdate));
            revoked.forEach((serial, when) -> b.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            String alg = CertificateBuilder.defaultAlgorithm(issuer.privateKey().getAlgorithm());
            var signer = new JcaContentSignerBuilder(alg).setProvider(Bc.PROVIDER).build(issuer.privateKey());
            return new JcaX509CRLConverter().getCRL(b.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "Cannot build CRL: " + e.getMessage(), null, e);
        }
    }
}
