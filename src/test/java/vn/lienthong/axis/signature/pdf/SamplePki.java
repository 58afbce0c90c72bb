package vn.lienthong.axis.signature.pdf;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small sample PKI made with BouncyCastle for tests: a root CA, an issuing CA, and signers under it
 * (RSA-2048 and EC P-256), plus a lone root that nobody trusts. Sample names only; keys live in memory.
 */
public final class SamplePki {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static volatile SamplePki shared;

    /** A key and its certificate chain (leaf first). */
    public record Credential(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain,
                             String signatureAlgorithm) {
    }

    private final Credential root;
    private final Credential issuingCa;
    private final Credential otherRoot;

    private SamplePki() throws Exception {
        root = selfSigned("CN=Sample Government Root CA,O=Sample National CA,C=VN", rsa(2048));
        issuingCa = ca("CN=Sample Issuing CA,O=Sample National CA,C=VN", rsa(2048), root);
        otherRoot = selfSigned("CN=Unlisted Root CA,O=Nobody Trusts Me,C=VN", rsa(2048));
    }

    /** One shared PKI per test JVM: RSA key generation is slow on a busy 2-core box. */
    public static SamplePki shared() {
        if (shared == null) {
            synchronized (SamplePki.class) {
                if (shared == null) {
                    try {
                        shared = new SamplePki();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot build the sample PKI", e);
                    }
                }
            }
        }
        return shared;
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    /** A personal signer (người ký) with an RSA-2048 key. */
    public Credential rsaSigner(String commonName, String organisation) throws Exception {
        return leaf("CN=" + commonName + ",O=" + organisation + ",C=VN", rsa(2048), issuingCa, Duration.ofDays(365));
    }

    /** An agency seal signer (con dấu cơ quan) with an EC P-256 key. */
    public Credential ecSigner(String commonName, String organisation) throws Exception {
        return leaf("CN=" + commonName + ",O=" + organisation + ",C=VN", ec(), issuingCa, Duration.ofDays(365));
    }

    /** A signer under a root that is not a trust anchor. */
    public Credential untrustedSigner(String commonName, String organisation) throws Exception {
        return leaf("CN=" + commonName + ",O=" + organisation + ",C=VN", ec(), otherRoot, Duration.ofDays(365));
    }

    /** A signer whose certificate expired yesterday. */
    public Credential expiredSigner(String commonName, String organisation) throws Exception {
        return leaf("CN=" + commonName + ",O=" + organisation + ",C=VN", ec(), issuingCa, Duration.ofDays(-1));
    }

    /** A time-stamping authority (TSA) certificate: critical EKU id-kp-timeStamping, as RFC 3161 requires. */
    public Credential timeStampAuthority() throws Exception {
        KeyPair kp = rsa(2048);
        X509Certificate cert = certificate("CN=Sample TSA,O=Sample National CA,C=VN", kp.getPublic(),
                X500Name.getInstance(issuingCa.certificate().getSubjectX500Principal().getEncoded()), issuingCa.key(),
                issuingCa.signatureAlgorithm(), false, Duration.ofDays(365), true);
        List<X509Certificate> chain = new ArrayList<>(List.of(cert));
        chain.addAll(issuingCa.chain());
        return new Credential(kp.getPrivate(), cert, List.copyOf(chain), "SHA256withRSA");
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits);
        return g.generateKeyPair();
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return g.generateKeyPair();
    }

    private static Credential selfSigned(String dn, KeyPair kp) throws Exception {
        X509Certificate cert = certificate(dn, kp.getPublic(), new X500Name(dn), kp.getPrivate(), "SHA256withRSA", true,
                Duration.ofDays(3650), false);
        return new Credential(kp.getPrivate(), cert, List.of(cert), "SHA256withRSA");
    }

    private static Credential ca(String dn, KeyPair kp, Credential issuer) throws Exception {
        X509Certificate cert = certificate(dn, kp.getPublic(), X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                issuer.key(), issuer.signatureAlgorithm(), true, Duration.ofDays(1825), false);
        return new Credential(kp.getPrivate(), cert, List.of(cert, issuer.certificate()), "SHA256withRSA");
    }

    private static Credential leaf(String dn, KeyPair kp, Credential issuer, Duration validity) throws Exception {
        X509Certificate cert = certificate(dn, kp.getPublic(), X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                issuer.key(), issuer.signatureAlgorithm(), false, validity, false);
        String alg = kp.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        List<X509Certificate> chain = new ArrayList<>(List.of(cert));
        chain.addAll(issuer.chain());
        return new Credential(kp.getPrivate(), cert, List.copyOf(chain), alg);
    }

    private static X509Certificate certificate(String subject, PublicKey key, X500Name issuer, PrivateKey issuerKey,
                                               String alg, boolean ca, Duration validity, boolean tsa)
            throws Exception {
        Instant now = Instant.now();
        Instant from = validity.isNegative() ? now.minus(Duration.ofDays(30)) : now.minus(Duration.ofHours(1));
        Instant to = validity.isNegative() ? now.plus(validity) : now.plus(validity);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject), key);
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (tsa) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(key));
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(alg).build(issuerKey)));
    }
}
