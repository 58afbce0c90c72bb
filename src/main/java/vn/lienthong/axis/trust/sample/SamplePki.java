package vn.lienthong.axis.trust.sample;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The SAMPLE PKI of {@code certs-sample/}: a root and an intermediate CA, RSA and EC signing
 * certificates and TLS client certificates for each sample agency, the axis's own TLS and signing
 * certificates, and one certificate per way a signer certificate can be refused.
 * Every subject says {@value #MARK}; every PKCS#12 password is {@value #PASSWORD}.
 */
public final class SamplePki {
    /** The words every sample subject carries. */
    public static final String MARK = vn.lienthong.axis.trust.SampleCertificates.MARK;
    /** The password of every sample PKCS#12 file. */
    public static final String PASSWORD = "sample-password";

    private static final Duration YEAR = Duration.ofDays(365);

    private final Instant now;
    private final Map<String, IssuedCertificate> entries = new LinkedHashMap<>();
    private final Map<String, String> purposes = new LinkedHashMap<>();
    private X509CRL intermediateCrl;

    private SamplePki(Instant now) {
        this.now = now;
    }

    /** Generates the whole sample PKI, valid from {@code now} (good certificates for 20+ years). */
    public static SamplePki generate(Instant now) {
        SamplePki pki = new SamplePki(now.truncatedTo(ChronoUnit.SECONDS));
        pki.build();
        return pki;
    }

    /** Every certificate by file stem (e.g. {@code sample-root-ca}), in generation order. */
    public Map<String, IssuedCertificate> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** What each file stem is for (README text). */
    public Map<String, String> purposes() {
        return Collections.unmodifiableMap(purposes);
    }

    public IssuedCertificate get(String stem) {
        return entries.get(stem);
    }

    /** The intermediate's CRL listing {@code sample-revoked-signing}. */
    public X509CRL intermediateCrl() {
        return intermediateCrl;
    }

    private void build() {
        Instant start = now.minus(1, ChronoUnit.DAYS);
        IssuedCertificate root = put("sample-root-ca", "Root CA: the trust anchor of the local/test profiles",
                CertificateBuilder.ca("CN=Sample Root CA - " + MARK + ", O=LienThong Axis SAMPLE PKI, C=VN")
                        .keyPair(KeyPairs.rsa(3072)).notBefore(start).validFor(YEAR.multipliedBy(30)));
        IssuedCertificate inter = put("sample-intermediate-ca", "Intermediate CA issuing every good sample certificate",
                CertificateBuilder.ca("CN=Sample Intermediate CA - " + MARK + ", O=LienThong Axis SAMPLE PKI, C=VN")
                        .ca(0).issuedBy(root).notBefore(start).validFor(YEAR.multipliedBy(25)));
        for (SampleAgency agency : SampleAgency.ALL) {
            agencyCertificates(agency, inter, start);
        }
        axisCertificates(inter, start);
        negatives(root, inter, start);
        intermediateCrl = CrlBuilder.issuedBy(inter).thisUpdate(start).nextUpdate(now.plus(YEAR.multipliedBy(20)))
                .revoke(get("sample-revoked-signing").certificate(), start.plus(1, ChronoUnit.HOURS)).build();
    }

    private void agencyCertificates(SampleAgency agency, IssuedCertificate inter, Instant start) {
        String base = "sample-agency-" + agency.slug();
        put(base + "-rsa-signing", "RSA-2048 signing certificate of " + agency.code() + " (" + agency.name() + ")",
                good(CertificateBuilder.signing(agency.subject("signing RSA")), inter, start));
        put(base + "-ec-signing", "EC P-256 signing certificate of " + agency.code() + " (" + agency.name() + ")",
                good(CertificateBuilder.signing(agency.subject("signing EC")).keyPair(KeyPairs.ecP256()), inter, start));
        put(base + "-client", "TLS client-auth certificate of " + agency.code() + " (mTLS to the axis)",
                good(CertificateBuilder.forSubject(agency.subject("TLS client"))
                        .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                        .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth), inter, start));
    }

    private void axisCertificates(IssuedCertificate inter, Instant start) {
        String axis = ", OU=axis-1, O=LienThong Axis (trục liên thông) - " + MARK + ", C=VN";
        put("sample-axis-signing", "The axis's own signing certificate (axis.signing.key-store)",
                good(CertificateBuilder.signing("CN=axis-1 signing - " + MARK + axis), inter, start));
        put("sample-axis-tls", "The axis's TLS server certificate (SAN localhost, 127.0.0.1)",
                good(CertificateBuilder.forSubject("CN=localhost" + axis)
                        .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                        .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                        .dnsName("localhost").ipAddress("127.0.0.1"), inter, start));
    }

    private void negatives(IssuedCertificate root, IssuedCertificate inter, Instant start) {
        SampleAgency a = SampleAgency.ALL.get(1);
        put("sample-expired-signing", "NEGATIVE: expired signing certificate (CERT_EXPIRED)",
                CertificateBuilder.signing(a.subject("signing EXPIRED")).issuedBy(inter)
                        .validity(now.minus(400, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS)));
        put("sample-not-yet-valid-signing", "NEGATIVE: signing certificate valid only in 20 years (CERT_NOT_YET_VALID)",
                CertificateBuilder.signing(a.subject("signing NOT YET VALID")).issuedBy(inter)
                        .validity(now.plus(YEAR.multipliedBy(20)), now.plus(YEAR.multipliedBy(21))));
        put("sample-revoked-signing", "NEGATIVE: signing certificate listed in sample-intermediate-ca.crl (CERT_REVOKED)",
                good(CertificateBuilder.signing(a.subject("signing REVOKED")), inter, start));
        IssuedCertificate untrustedRoot = put("sample-untrusted-root-ca",
                "NEGATIVE: a root CA that is not a trust anchor",
                CertificateBuilder.ca("CN=Untrusted Root CA - " + MARK + ", O=Somebody Else SAMPLE, C=VN")
                        .notBefore(start).validFor(YEAR.multipliedBy(30)));
        put("sample-untrusted-signing", "NEGATIVE: signing certificate from the untrusted root (UNTRUSTED_SIGNER)",
                good(CertificateBuilder.signing(a.subject("signing UNTRUSTED")), untrustedRoot, start));
        put("sample-rsa1024-signing", "NEGATIVE: RSA-1024 signing certificate (WEAK_KEY)",
                good(CertificateBuilder.signing(a.subject("signing RSA-1024")).keyPair(KeyPairs.rsa(1024)), inter, start));
        put("sample-key-encipherment-only-signing", "NEGATIVE: keyUsage keyEncipherment only (KEY_USAGE)",
                good(CertificateBuilder.signing(a.subject("signing KEY ENCIPHERMENT ONLY"))
                        .keyUsage(KeyUsage.keyEncipherment), inter, start));
        IssuedCertificate notCa = put("sample-non-ca-issuer", "NEGATIVE: end-entity certificate (CA:false) used as an issuer",
                good(CertificateBuilder.signing(a.subject("NOT A CA")), inter, start));
        put("sample-issued-by-non-ca-signing", "NEGATIVE: signing certificate issued by sample-non-ca-issuer (UNTRUSTED_SIGNER)",
                good(CertificateBuilder.signing(a.subject("signing ISSUED BY NON-CA")), notCa, start));
        IssuedCertificate sha1 = put("sample-sha1-intermediate-ca", "NEGATIVE: intermediate CA signed with SHA-1 by the root",
                CertificateBuilder.ca("CN=Sample SHA-1 Intermediate CA - " + MARK + ", O=LienThong Axis SAMPLE PKI, C=VN")
                        .ca(0).issuedBy(root).signatureAlgorithm("SHA1withRSA")
                        .notBefore(start).validFor(YEAR.multipliedBy(25)));
        put("sample-sha1-chain-signing", "NEGATIVE: signing certificate under the SHA-1 intermediate (WEAK_CERT_ALGORITHM)",
                good(CertificateBuilder.signing(a.subject("signing UNDER SHA-1 CA")), sha1, start));
    }

    private CertificateBuilder good(CertificateBuilder b, IssuedCertificate issuer, Instant start) {
        return b.issuedBy(issuer).notBefore(start).validFor(YEAR.multipliedBy(20));
    }

    private IssuedCertificate put(String stem, String purpose, CertificateBuilder builder) {
        IssuedCertificate c = builder.build();
        entries.put(stem, c);
        purposes.put(stem, purpose);
        return c;
    }

}
