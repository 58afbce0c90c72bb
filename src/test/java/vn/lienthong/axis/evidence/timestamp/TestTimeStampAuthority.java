package vn.lienthong.axis.evidence.timestamp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamping authority for tests: an HTTP server on a free loopback port that
 * answers {@code application/timestamp-query} with BouncyCastle's response generator, under a TSA
 * certificate issued at test time by a test root (extended key usage timeStamping, critical). It can
 * be stopped and started again on the same port, and made to answer for the wrong imprint or nonce.
 */
public final class TestTimeStampAuthority implements AutoCloseable {
    /** How the TSA answers. */
    public enum Mode { GOOD, WRONG_IMPRINT, WRONG_NONCE, HTTP_500 }

    private final KeyPair tsaKey;
    private final X509Certificate root;
    private final X509Certificate tsa;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.GOOD);
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicLong requests = new AtomicLong();
    private int port;
    private HttpServer server;

    public TestTimeStampAuthority(String name) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair rootKey = g.generateKeyPair();
            tsaKey = g.generateKeyPair();
            X500Name rootName = new X500Name("CN=" + name + " root CA - TEST ONLY,O=LienThong Axis tests");
            root = certificate(rootName, rootName, rootKey, rootKey, true);
            tsa = certificate(new X500Name("CN=" + name + " TSA - TEST ONLY,O=LienThong Axis tests"), rootName, tsaKey,
                    rootKey, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue the test TSA certificates", e);
        }
        start();
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair key, KeyPair issuerKey,
                                               boolean ca) throws Exception {
        Instant now = Instant.now();
        var b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.toEpochMilli()).add(BigInteger
                .valueOf(ca ? 0 : 1)), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                subject, key.getPublic());
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(issuerKey.getPrivate())));
    }

    public URI url() { return URI.create("http://127.0.0.1:" + port + "/tsa"); }

    public X509Certificate root() { return root; }

    public X509Certificate certificate() { return tsa; }

    public long requests() { return requests.get(); }

    public void mode(Mode m) { mode.set(m); }

    /** Writes the root certificate as PEM (the trust anchor the axis is configured with). */
    public Path writeRootPem(Path file) {
        try {
            StringWriter w = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
                pem.writeObject(root);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, w.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening (again) on the same loopback port. */
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            server.createContext("/tsa", this::answer);
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        server.stop(0);
    }

    @Override
    public void close() { stop(); }

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            if (!"POST".equals(ex.getRequestMethod())
                    || !"application/timestamp-query".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
                ex.sendResponseHeaders(400, -1);
                return;
            }
            TimeStampRequest request = new TimeStampRequest(ex.getRequestBody().readAllBytes());
            Mode m = mode.get();
            if (m == Mode.HTTP_500) {
                ex.sendResponseHeaders(500, -1);
                return;
            }
            byte[] body = respond(answered(request, m));
            ex.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    /** The request the token is made for: the real one, or one with another imprint or nonce. */
    private static TimeStampRequest answered(TimeStampRequest real, Mode m) {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(real.getCertReq());
        return switch (m) {
            case WRONG_IMPRINT -> g.generate(TSPAlgorithms.SHA256, TimeStampTokens.sha256(new byte[] {1, 2, 3}),
                    real.getNonce());
            case WRONG_NONCE -> g.generate(TSPAlgorithms.SHA256, real.getMessageImprintDigest(),
                    real.getNonce().add(BigInteger.ONE));
            default -> real;
        };
    }

    private byte[] respond(TimeStampRequest request) throws Exception {
        var signer = new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKey.getPrivate(), tsa);
        var tokens = new TimeStampTokenGenerator(signer, new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generateGrantedResponse(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
    }
}
