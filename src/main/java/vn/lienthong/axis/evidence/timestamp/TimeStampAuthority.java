package vn.lienthong.axis.evidence.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * An RFC 3161 time-stamping authority over HTTP ({@code application/timestamp-query}). Each request
 * carries a fresh 64-bit nonce and asks for the TSA certificate; the answer is checked against the
 * request (status, imprint, nonce, policy) and the token against the trust anchors before it is kept.
 */
public final class TimeStampAuthority {
    private static final SecureRandom NONCES = new SecureRandom();
    private final URI url;
    private final Duration timeout;
    private final String policy;
    private final List<X509Certificate> anchors;
    private final HttpClient http;

    public TimeStampAuthority(URI url, Duration timeout, String policy, List<X509Certificate> anchors) {
        this.url = url;
        this.timeout = timeout;
        this.policy = policy == null || policy.isBlank() ? null : policy;
        this.anchors = List.copyOf(anchors);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A token (DER) that verified over {@code data}, and what it says. */
    public record Stamp(byte[] token, TimeStampTokens.Verified verified) {}

    public List<X509Certificate> anchors() { return anchors; }

    /**
     * Time-stamps {@code data} (its SHA-256). DEPENDENCY_UNAVAILABLE when the TSA cannot be reached or
     * answers with an error; SIGNATURE_INVALID / UNTRUSTED_SIGNER when its answer does not check out.
     */
    public Stamp stamp(byte[] data) {
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        if (policy != null) {
            gen.setReqPolicy(new ASN1ObjectIdentifier(policy));
        }
        TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, TimeStampTokens.sha256(data),
                new BigInteger(64, NONCES));
        TimeStampResponse response = response(post(request));
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "the time-stamping authority's answer does not"
                    + " match the request: " + e.getMessage(), "axis.evidence.tsa.url");
        }
        if (response.getTimeStampToken() == null) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the time-stamping authority refused: status "
                    + response.getStatus() + (response.getStatusString() == null ? "" : " " + response.getStatusString()),
                    "axis.evidence.tsa.url");
        }
        try {
            byte[] der = response.getTimeStampToken().getEncoded();
            return new Stamp(der, TimeStampTokens.verify(der, data, anchors));
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "cannot encode the token: " + e.getMessage(),
                    "axis.evidence.tsa.url", e);
        }
    }

    private byte[] post(TimeStampRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the time-stamping authority " + url
                        + " answered HTTP " + r.statusCode(), "axis.evidence.tsa.url");
            }
            return r.body();
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the time-stamping authority " + url
                    + " cannot be reached: " + e, "axis.evidence.tsa.url", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "interrupted while asking " + url,
                    "axis.evidence.tsa.url", e);
        }
    }

    private static TimeStampResponse response(byte[] body) {
        try {
            return new TimeStampResponse(body);
        } catch (TSPException | IOException | IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "the time-stamping authority's answer is not an"
                    + " RFC 3161 response: " + e.getMessage(), "axis.evidence.tsa.url", e);
        }
    }
}
