package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths that BouncyCastle PKIX already accepted, so the same signer's next package skips the
 * costly re-validation; {@link ChainBuilder} keeps the links (certificate, issuer) whose signature
 * verified the same way. PKIX's verdict on a path depends on the time only through validity
 * periods, which {@link PathChecks} checks on every call; revocation is checked on every call
 * too. Bounded (least recently used out); a new validator (anchors changed) starts empty.
 */
final class ValidatedPaths {
    static final int MAX_ENTRIES = 4096;

    private final Map<List<X509Certificate>, Boolean> accepted;

    ValidatedPaths() {
        this(MAX_ENTRIES);
    }

    ValidatedPaths(int maxEntries) {
        accepted = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<X509Certificate>, Boolean> eldest) {
                return size() > maxEntries;
            }
        });
    }

    boolean contains(List<X509Certificate> path, X509Certificate anchor) {
        return accepted.get(key(path, anchor)) != null; // get, not containsKey: a hit counts as a use
    }

    void add(List<X509Certificate> path, X509Certificate anchor) {
        accepted.put(key(path, anchor), Boolean.TRUE);
    }

    int size() {
        return accepted.size();
    }

    /** Certificates compare by their DER encoding. */
    private static List<X509Certificate> key(List<X509Certificate> path, X509Certificate anchor) {
        List<X509Certificate> key = new ArrayList<>(path.size() + 1);
        key.addAll(path);
        key.add(anchor);
        return List.copyOf(key);
    }
}
