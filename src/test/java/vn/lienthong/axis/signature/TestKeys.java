package vn.lienthong.axis.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Sample signing keys with self-signed certificates, made with BouncyCastle (cached per spec). */
final class TestKeys {
    static final Provider BC = new BouncyCastleProvider();
    private static final Map<String, TestKeys> CACHE = new ConcurrentHashMap<>();

    final KeyPair pair;
    final X509Certificate cert;

    private TestKeys(KeyPair pair, X509Certificate cert) {
        this.pair = pair;
        this.cert = cert;
    }

    static TestKeys rsa(int bits) {
        return CACHE.computeIfAbsent("RSA" + bits, k -> make("RSA", bits, null, "CN=Sample Agency H99 signer RSA" + bits));
    }

    /** A distinct RSA-2048 key, e.g. an attacker's or another agency's. */
    static TestKeys named(String name) {
        return CACHE.computeIfAbsent(name, k -> make("RSA", 2048, null, "CN=" + name));
    }

    static TestKeys ec(String curve) {
        return CACHE.computeIfAbsent(curve, k -> make("EC", 0, curve, "CN=Sample Agency H99 signer " + curve));
    }

    /** A key pair with a certificate issued by {@code issuer} (for chains in KeyInfo). */
    static TestKeys issuedBy(TestKeys issuer, String subject) {
        return make("RSA", 2048, null, subject, issuer);
    }

    PrivateKey key() {
        return pair.getPrivate();
    }

    List<X509Certificate> certs() {
        return List.of(cert);
    }

    EdxmlSigner signer(EdxmlSigner.Options options) {
        return new EdxmlSigner(key(), certs(), options);
    }

    Path writePkcs12(Path file, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", key(), password.toCharArray(), new X509Certificate[] {cert});
        try (OutputStream o = Files.newOutputStream(file)) {
            ks.store(o, password.toCharArray());
        }
        return file;
    }

    private static TestKeys make(String alg, int bits, String curve, String subject) {
        return make(alg, bits, curve, subject, null);
    }

    private static TestKeys make(String alg, int bits, String curve, String subject, TestKeys issuer) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(alg, BC);
            if (curve != null) {
                g.initialize(new ECGenParameterSpec(curve));
            } else {
                g.initialize(bits);
            }
            KeyPair pair = g.generateKeyPair();
            X500Name name = new X500Name(subject + ",O=Sample,C=VN");
            X500Name issuerName = issuer == null ? name
                    : X500Name.getInstance(issuer.cert.getSubjectX500Principal().getEncoded());
            PrivateKey signingKey = issuer == null ? pair.getPrivate() : issuer.key();
            String sigAlg = "EC".equals(signingKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            long now = System.currentTimeMillis();
            var builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(now), new Date(now - 86_400_000L),
                    new Date(now + 365 * 86_400_000L), name, pair.getPublic());
            var holder = builder.build(new JcaContentSignerBuilder(sigAlg).setProvider(BC).build(signingKey));
            return new TestKeys(pair, new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
