package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GOOD and REVOKED answers per (issuer, serial), kept while fresh: until their nextUpdate (or
 * thisUpdate + max age when the source gave none). Unavailable answers are never cached.
 */
final class RevocationCache {
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, RevocationStatus> entries = new ConcurrentHashMap<>();

    RevocationStatus get(X509Certificate cert, X509Certificate issuer, Instant at) {
        RevocationStatus s = entries.get(key(cert, issuer));
        if (s == null) {
            return null;
        }
        if (s.nextUpdate() == null || s.nextUpdate().isBefore(at)) {
            entries.remove(key(cert, issuer), s);
            return null;
        }
        return s;
    }

    void put(X509Certificate cert, X509Certificate issuer, RevocationStatus status) {
        if ((status.state() == RevocationStatus.State.GOOD || status.state() == RevocationStatus.State.REVOKED)
                && status.nextUpdate() != null) {
            if (entries.size() >= MAX_ENTRIES) {
                Instant now = Instant.now();
                entries.values().removeIf(s -> s.nextUpdate().isBefore(now));
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            entries.put(key(cert, issuer), status);
        }
    }

    void clear() {
        entries.clear();
    }

    private static String key(X509Certificate cert, X509Certificate issuer) {
        return Certificates.sha256(issuer) + ":" + cert.getSerialNumber().toString(16);
    }
}
