package vn.lienthong.axis.trust;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Revocation status from CRLs: configured CRL files and distribution points fetched over HTTP.
 * Downloaded CRLs are cached per URL while fresh. A CRL counts only if its issuer is the
 * certificate's issuer, its signature verifies with the issuer's key, and it is fresh at the
 * validation time (nextUpdate, or thisUpdate + max age).
 */
final class CrlSource {
    private final HttpFetcher http;
    private final RevocationSettings settings;
    private final Map<String, X509CRL> downloaded = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();

    CrlSource(HttpFetcher http, RevocationSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** A fresh configured CRL from {@code issuer}, or null. */
    RevocationStatus fromFiles(X509Certificate cert, X509Certificate issuer, Instant at) {
        for (X509CRL crl : settings.crlFiles()) {
            if (isFrom(crl, issuer) && isFresh(crl, at)) {
                return statusOf(crl, cert, at, "configured CRL " + crl.getIssuerX500Principal().getName());
            }
        }
        return null;
    }

    /** True if a configured CRL (fresh or not) comes from {@code issuer}. */
    boolean hasFileFrom(X509Certificate issuer) {
        return settings.crlFiles().stream().anyMatch(crl -> isFrom(crl, issuer));
    }

    /** The status from the CRL at {@code url}; throws if it cannot be fetched, is not the issuer's or is stale. */
    RevocationStatus fromUrl(String url, X509Certificate cert, X509Certificate issuer, Instant at) throws IOException {
        X509CRL crl = downloaded.get(url);
        if (crl == null || !isFresh(crl, at)) {
            crl = fetch(url);
            if (!isFrom(crl, issuer)) {
                throw new IOException("the CRL at " + url + " is not signed by " + Certificates.subject(issuer));
            }
            downloaded.put(url, crl);
        }
        if (!isFresh(crl, at)) {
            throw new IOException("the CRL at " + url + " is stale (nextUpdate " + instant(crl.getNextUpdate()) + ")");
        }
        return statusOf(crl, cert, at, "CRL " + url);
    }

    /** How many CRL downloads were made (for tests and metrics). */
    int fetches() {
        return fetches.get();
    }

    private X509CRL fetch(String url) throws IOException {
        fetches.incrementAndGet();
        byte[] bytes = http.get(url, settings.maxCrlBytes());
        try {
            return Pem.parseCrl(bytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("the CRL at " + url + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    private RevocationStatus statusOf(X509CRL crl, X509Certificate cert, Instant at, String where) {
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        Instant nextUpdate = freshUntil(crl);
        X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
        if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
            return RevocationStatus.revoked(RevocationStatus.Source.CRL, thisUpdate, nextUpdate,
                    entry.getRevocationDate().toInstant(), where);
        }
        return RevocationStatus.good(RevocationStatus.Source.CRL, thisUpdate, nextUpdate, where);
    }

    private static boolean isFrom(X509CRL crl, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length <= 6 || !ku[6])) {
            return false;  // the issuer may not sign CRLs (cRLSign)
        }
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private boolean isFresh(X509CRL crl, Instant at) {
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        return !thisUpdate.isAfter(at.plus(settings.clockSkew())) && !freshUntil(crl).isBefore(at);
    }

    private Instant freshUntil(X509CRL crl) {
        return crl.getNextUpdate() != null ? crl.getNextUpdate().toInstant()
                : crl.getThisUpdate().toInstant().plus(settings.maxAge());
    }

    private static Instant instant(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }
}
