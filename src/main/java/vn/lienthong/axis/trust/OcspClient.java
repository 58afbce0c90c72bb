package vn.lienthong.axis.trust;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks an OCSP responder (RFC 6960) for one certificate's status: builds the request with
 * {@link OCSPReqBuilder} (with a nonce), POSTs it, checks the response is signed by the issuer or by
 * a responder the issuer delegated ({@link OcspResponderCheck}), matches the CertID and the nonce,
 * and checks freshness. Any failure is an {@link IOException} saying why.
 */
final class OcspClient {
    private static final int MAX_RESPONSE_BYTES = 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpFetcher http;
    private final RevocationSettings settings;
    private final AtomicInteger requests = new AtomicInteger();

    OcspClient(HttpFetcher http, RevocationSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    RevocationStatus query(String url, X509Certificate cert, X509Certificate issuer, Instant at) throws IOException {
        try {
            CertificateID id = new JcaCertificateID(digests().get(CertificateID.HASH_SHA1), issuer, cert.getSerialNumber());
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            Extension nonceExt = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(nonce)));
            OCSPReq request = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(nonceExt)).build();
            requests.incrementAndGet();
            byte[] body = http.post(url, "application/ocsp-request", request.getEncoded(), MAX_RESPONSE_BYTES);
            return interpret(url, new OCSPResp(body), id, nonceExt, issuer, at);
        } catch (OCSPException | OperatorCreationException | java.security.cert.CertificateEncodingException e) {
            throw new IOException("OCSP exchange with " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** How many OCSP requests were sent (for tests and metrics). */
    int requests() {
        return requests.get();
    }

    private RevocationStatus interpret(String url, OCSPResp response, CertificateID id, Extension nonce,
                                       X509Certificate issuer, Instant at) throws IOException, OCSPException {
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new IOException("OCSP responder " + url + " answered status " + response.getStatus());
        }
        if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
            throw new IOException("OCSP responder " + url + " sent no basic response");
        }
        OcspResponderCheck.verify(basic, issuer, at, url);
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed != null && !echoed.getExtnValue().equals(nonce.getExtnValue())) {
            throw new IOException("OCSP responder " + url + " echoed a different nonce");
        }
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                return statusOf(url, single, at);
            }
        }
        throw new IOException("OCSP response from " + url + " does not cover the certificate asked about");
    }

    private RevocationStatus statusOf(String url, SingleResp single, Instant at) throws IOException {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Instant nextUpdate = single.getNextUpdate() != null ? single.getNextUpdate().toInstant()
                : thisUpdate.plus(settings.maxAge());
        if (thisUpdate.isAfter(at.plus(settings.clockSkew())) || nextUpdate.isBefore(at)) {
            throw new IOException("OCSP response from " + url + " is not fresh (thisUpdate " + thisUpdate
                    + ", fresh until " + nextUpdate + ")");
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return RevocationStatus.good(RevocationStatus.Source.OCSP, thisUpdate, nextUpdate, "OCSP " + url);
        }
        if (status instanceof RevokedStatus revoked) {
            Instant when = revoked.getRevocationTime().toInstant();
            if (when.isAfter(at)) {
                return RevocationStatus.good(RevocationStatus.Source.OCSP, thisUpdate, nextUpdate,
                        "OCSP " + url + " (revoked only from " + when + ")");
            }
            return RevocationStatus.revoked(RevocationStatus.Source.OCSP, thisUpdate, nextUpdate, when, "OCSP " + url);
        }
        throw new IOException("OCSP responder " + url + " does not know the certificate (status unknown)");
    }

    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build();
    }

}
