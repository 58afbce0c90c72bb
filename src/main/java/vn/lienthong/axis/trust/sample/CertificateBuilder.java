package vn.lienthong.axis.trust.sample;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Bc;

/**
 * Fluent builder of X.509 v3 certificates for the SAMPLE PKI and for tests.
 * Defaults: an RSA-2048 key, valid from one hour ago for one year, end entity, no key usage,
 * SHA-256 signature matching the issuer's key type, self-signed unless {@link #issuedBy} is set.
 * <pre>{@code
 * IssuedCertificate root = CertificateBuilder.ca("CN=SAMPLE Root").build();
 * IssuedCertificate leaf = CertificateBuilder.signing("CN=SAMPLE signer").issuedBy(root)
 *         .crlDistributionPoint("http://127.0.0.1:8123/ca.crl").build();
 * }</pre>
 */
public final class CertificateBuilder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name subject;
    private KeyPair keyPair;
    private IssuedCertificate issuer;
    private Instant notBefore = Instant.now().minus(1, ChronoUnit.HOURS);
    private Instant notAfter;
    private Duration validity = Duration.ofDays(365);
    private Integer ca;  // null: end entity; -1: CA without path length; n: CA with pathLen n
    private boolean basicConstraints = true;
    private Integer keyUsage;
    private final List<KeyPurposeId> extendedKeyUsage = new ArrayList<>();
    private final List<GeneralName> subjectAltNames = new ArrayList<>();
    private final List<String> crlUrls = new ArrayList<>();
    private final List<String> ocspUrls = new ArrayList<>();
    private String signatureAlgorithm;
    private BigInteger serial;

    private CertificateBuilder(String subjectDn) {
        // RFC 2253 order (most specific first), as Java prints it; values outside PrintableString become UTF8String
        this.subject = X500Name.getInstance(new javax.security.auth.x500.X500Principal(subjectDn).getEncoded());
    }

    /** A builder for {@code subjectDn} (RFC 4514 form, e.g. {@code "CN=x, O=y, C=VN"}). */
    public static CertificateBuilder forSubject(String subjectDn) {
        return new CertificateBuilder(subjectDn);
    }

    /** A CA certificate: CA:true, keyCertSign + cRLSign. */
    public static CertificateBuilder ca(String subjectDn) {
        return forSubject(subjectDn).ca(-1).keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    /** A document signing certificate: digitalSignature + nonRepudiation. */
    public static CertificateBuilder signing(String subjectDn) {
        return forSubject(subjectDn).keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    public CertificateBuilder keyPair(KeyPair keyPair) { this.keyPair = keyPair; return this; }

    public CertificateBuilder issuedBy(IssuedCertificate issuer) { this.issuer = issuer; return this; }

    public CertificateBuilder notBefore(Instant notBefore) { this.notBefore = notBefore; return this; }

    /** Sets notAfter explicitly (otherwise notBefore + validity). */
    public CertificateBuilder notAfter(Instant notAfter) { this.notAfter = notAfter; return this; }

    public CertificateBuilder validFor(Duration validity) { this.validity = validity; this.notAfter = null; return this; }

    /** Valid from {@code notBefore} to {@code notAfter}. */
    public CertificateBuilder validity(Instant notBefore, Instant notAfter) {
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        return this;
    }

    /** Marks the certificate as a CA; {@code pathLen} &lt; 0 means no path length constraint. */
    public CertificateBuilder ca(int pathLen) { this.ca = pathLen; return this; }

    /** Marks the certificate as an end entity (CA:false). */
    public CertificateBuilder endEntity() { this.ca = null; return this; }

    /** Leaves out the basicConstraints extension entirely. */
    public CertificateBuilder withoutBasicConstraints() { this.basicConstraints = false; return this; }

    /** Key usage bits, e.g. {@code KeyUsage.digitalSignature | KeyUsage.nonRepudiation}; 0 or null removes it. */
    public CertificateBuilder keyUsage(Integer bits) { this.keyUsage = bits; return this; }

    public CertificateBuilder extendedKeyUsage(KeyPurposeId... purposes) {
        extendedKeyUsage.addAll(List.of(purposes));
        return this;
    }

    public CertificateBuilder dnsName(String name) {
        subjectAltNames.add(new GeneralName(GeneralName.dNSName, name));
        return this;
    }

    public CertificateBuilder ipAddress(String ip) {
        subjectAltNames.add(new GeneralName(GeneralName.iPAddress, ip));
        return this;
    }

    /** Adds a CRL distribution point URL. */
    public CertificateBuilder crlDistributionPoint(String url) { crlUrls.add(url); return this; }

    /** Adds an OCSP responder URL (authorityInfoAccess). */
    public CertificateBuilder ocspUrl(String url) { ocspUrls.add(url); return this; }

    /** The issuer's signature algorithm, e.g. {@code SHA1withRSA}; default SHA-256 for the issuer's key. */
    public CertificateBuilder signatureAlgorithm(String algorithm) { this.signatureAlgorithm = algorithm; return this; }

    public CertificateBuilder serial(BigInteger serial) { this.serial = serial; return this; }

    /** Signs the certificate (with the issuer's key, or its own key if self-signed). */
    public IssuedCertificate build() {
        KeyPair keys = keyPair != null ? keyPair : KeyPairs.rsa(2048);
        try {
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder(keys));
            List<X509Certificate> issuers = issuer == null ? List.of() : issuer.chain();
            return new IssuedCertificate(cert, keys.getPrivate(), issuers);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR,
                    "Cannot build certificate " + subject + ": " + e.getMessage(), null, e);
        }
    }

    private X509CertificateHolder holder(KeyPair keys)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                issuer.certificate().getSubjectX500Principal().getEncoded());
        Instant end = notAfter != null ? notAfter : notBefore.plus(validity);
        BigInteger sn = serial != null ? serial : new BigInteger(127, RANDOM).setBit(126);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, sn,
                Date.from(notBefore), Date.from(end), subject, keys.getPublic());
        addExtensions(b, keys.getPublic());
        var signingKey = issuer == null ? keys.getPrivate() : issuer.privateKey();
        String alg = signatureAlgorithm != null ? signatureAlgorithm : defaultAlgorithm(signingKey.getAlgorithm());
        return b.build(new JcaContentSignerBuilder(alg).setProvider(Bc.PROVIDER).build(signingKey));
    }

    private void addExtensions(X509v3CertificateBuilder b, PublicKey publicKey)
            throws GeneralSecurityException, java.io.IOException {
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(publicKey));
        b.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
                ? ext.createAuthorityKeyIdentifier(publicKey)
                : ext.createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
        if (basicConstraints) {
            BasicConstraints bc = ca == null ? new BasicConstraints(false)
                    : ca < 0 ? new BasicConstraints(true) : new BasicConstraints(ca);
            b.addExtension(Extension.basicConstraints, true, bc);
        }
        if (keyUsage != null && keyUsage != 0) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        if (!extendedKeyUsage.isEmpty()) {
            b.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(extendedKeyUsage.toArray(KeyPurposeId[]::new)));
        }
        if (!subjectAltNames.isEmpty()) {
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(subjectAltNames.toArray(GeneralName[]::new)));
        }
        if (!crlUrls.isEmpty()) {
            DistributionPoint[] points = crlUrls.stream().map(url -> new DistributionPoint(
                    new DistributionPointName(new GeneralNames(uri(url))), null, null))
                    .toArray(DistributionPoint[]::new);
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(points));
        }
        if (!ocspUrls.isEmpty()) {
            AccessDescription[] access = ocspUrls.stream()
                    .map(url -> new AccessDescription(AccessDescription.id_ad_ocsp, uri(url)))
                    .toArray(AccessDescription[]::new);
            b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(access));
        }
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    static String defaultAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }
}
