package vn.lienthong.axis.trust;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/**
 * A real OCSP responder on 127.0.0.1, built with BouncyCastle's BasicOCSPRespBuilder inside an
 * HttpServer: answers GOOD unless the serial was {@link #revoke revoked}; signs as the CA itself or as
 * a delegated responder; counts requests; can be stopped and started again on the same port.
 */
final class OcspResponder implements AutoCloseable {
    private final IssuedCertificate signer;
    private final boolean delegated;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Duration validity = Duration.ofHours(1);
    private final int port;
    private HttpServer server;

    /** Signs responses with {@code signer}: the CA, or a delegated responder certificate it issued. */
    OcspResponder(IssuedCertificate signer, boolean delegated) throws IOException {
        this(signer, delegated, 0);
    }

    OcspResponder(IssuedCertificate signer, boolean delegated, int port) throws IOException {
        this.signer = signer;
        this.delegated = delegated;
        this.server = start(port);
        this.port = server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/ocsp";
    }

    void revoke(java.security.cert.X509Certificate cert, Instant when) {
        revoked.put(cert.getSerialNumber(), when);
    }

    /** How long each answer is fresh (nextUpdate - thisUpdate). */
    void validity(Duration validity) {
        this.validity = validity;
    }

    int requests() {
        return requests.get();
    }

    void stop() {
        server.stop(0);
    }

    void restart() throws IOException {
        server = start(port);
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        s.createContext("/ocsp", this::handle);
        s.start();
        return s;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            byte[] body = answer(new OCSPReq(exchange.getRequestBody().readAllBytes())).getEncoded();
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private OCSPResp answer(OCSPReq request) throws Exception {
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        BasicOCSPRespBuilder b = new JcaBasicOCSPRespBuilder(signer.certificate().getPublicKey(),
                digests.get(org.bouncycastle.cert.ocsp.RespID.HASH_SHA1));
        Instant now = Instant.now();
        for (Req r : request.getRequestList()) {
            Instant when = revoked.get(r.getCertID().getSerialNumber());
            CertificateStatus status = when == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(when), CRLReason.keyCompromise);
            b.addResponse(r.getCertID(), status, Date.from(now.minusSeconds(5)), Date.from(now.plus(validity)), null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            b.setResponseExtensions(new Extensions(nonce));
        }
        String alg = signer.privateKey().getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        X509CertificateHolder[] chain = delegated
                ? new X509CertificateHolder[] {new JcaX509CertificateHolder(signer.certificate())}
                : null;
        BasicOCSPResp basic = b.build(new JcaContentSignerBuilder(alg).build(signer.privateKey()), chain, new Date());
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    }
}
