package vn.lienthong.axis.trust;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.axis.error.AxisException;

/**
 * The revocation checker of the axis: cache, then OCSP (authorityInfoAccess URLs), then CRLs
 * (configured files, then distribution points over HTTP). The first fresh GOOD or REVOKED answer
 * wins and is cached while fresh; when none is obtainable the answer is UNAVAILABLE, with every
 * reason in the detail.
 */
public final class OnlineRevocationChecker implements RevocationChecker {
    private final RevocationCache cache = new RevocationCache();
    private final OcspClient ocsp;
    private final CrlSource crls;

    public OnlineRevocationChecker(RevocationSettings settings) {
        HttpFetcher http = new HttpFetcher(settings.connectTimeout(), settings.requestTimeout());
        this.ocsp = new OcspClient(http, settings);
        this.crls = new CrlSource(http, settings);
    }

    @Override
    public RevocationStatus check(X509Certificate cert, X509Certificate issuer, Instant at, boolean endEntity) {
        try {
            return lookUp(cert, issuer, at, endEntity);
        } catch (AxisException e) {
            throw e;
        } catch (RuntimeException e) {
            return RevocationStatus.unavailable("revocation data could not be used: " + e);
        }
    }

    private RevocationStatus lookUp(X509Certificate cert, X509Certificate issuer, Instant at, boolean endEntity) {
        RevocationStatus cached = cache.get(cert, issuer, at);
        if (cached != null) {
            return cached.fromCache();
        }
        List<String> failures = new ArrayList<>();
        RevocationStatus status = obtain(cert, issuer, at, failures);
        if (status != null) {
            cache.put(cert, issuer, status);
            return status;
        }
        List<String> ocspUrls = RevocationPointers.ocspUrls(cert);
        List<String> crlUrls = RevocationPointers.crlUrls(cert);
        if (!endEntity && ocspUrls.isEmpty() && crlUrls.isEmpty() && !crls.hasFileFrom(issuer)) {
            return RevocationStatus.notChecked(RevocationStatus.Source.NONE,
                    "the CA certificate names no CRL or OCSP location");
        }
        if (failures.isEmpty()) {
            failures.add("the certificate names no CRL distribution point or OCSP responder and no configured"
                    + " CRL from its issuer is fresh");
        }
        return RevocationStatus.unavailable(String.join("; ", failures));
    }

    private RevocationStatus obtain(X509Certificate cert, X509Certificate issuer, Instant at, List<String> failures) {
        for (String url : RevocationPointers.ocspUrls(cert)) {
            try {
                return ocsp.query(url, cert, issuer, at);
            } catch (IOException e) {
                failures.add(describe(e, url));
            }
        }
        RevocationStatus fromFile = crls.fromFiles(cert, issuer, at);
        if (fromFile != null) {
            return fromFile;
        }
        if (crls.hasFileFrom(issuer)) {
            failures.add("the configured CRL of " + Certificates.subject(issuer) + " is stale");
        }
        for (String url : RevocationPointers.crlUrls(cert)) {
            try {
                return crls.fromUrl(url, cert, issuer, at);
            } catch (IOException e) {
                failures.add(describe(e, url));
            }
        }
        return null;
    }

    private static String describe(IOException e, String url) {
        String m = e.getMessage();
        return m != null && m.contains(url) ? m : url + ": " + e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    /** Forgets every cached answer (CRLs stay cached until stale). */
    public void clearCache() {
        cache.clear();
    }

    /** OCSP requests sent so far. */
    public int ocspRequests() {
        return ocsp.requests();
    }

    /** CRL downloads made so far. */
    public int crlDownloads() {
        return crls.fetches();
    }
}
