package vn.lienthong.axis.trust;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured trust anchors (root CAs), each with its revocation policy.
 *
 * @param anchors the anchors, in configuration order
 */
public record TrustAnchors(List<Anchor> anchors) {

    /** One trusted root and what to do when revocation status is unavailable under it. */
    public record Anchor(X509Certificate certificate, RevocationPolicy revocationPolicy) {}

    public TrustAnchors {
        anchors = List.copyOf(anchors);
    }

    /** Hard-fail anchors for {@code certificates}. */
    public static TrustAnchors of(X509Certificate... certificates) {
        return of(List.of(certificates), RevocationPolicy.HARD_FAIL);
    }

    public static TrustAnchors of(List<X509Certificate> certificates, RevocationPolicy policy) {
        return new TrustAnchors(certificates.stream().map(c -> new Anchor(c, policy)).toList());
    }

    /**
     * Loads anchors from PEM files, folders of PEM files, or PKCS#12 files ({@code p12Password}),
     * all with {@code policy}.
     */
    public static TrustAnchors load(List<Path> locations, char[] p12Password, RevocationPolicy policy) {
        List<X509Certificate> certs = new ArrayList<>();
        for (Path location : locations) {
            certs.addAll(CertificateFiles.load(location, p12Password));
        }
        return of(certs, policy);
    }

    /** These anchors plus {@code other}'s. */
    public TrustAnchors and(TrustAnchors other) {
        List<Anchor> all = new ArrayList<>(anchors);
        all.addAll(other.anchors);
        return new TrustAnchors(all);
    }

    /** The anchor whose certificate equals {@code cert} (same encoding). */
    public Optional<Anchor> find(X509Certificate cert) {
        return anchors.stream().filter(a -> a.certificate().equals(cert)).findFirst();
    }

    public List<X509Certificate> certificates() {
        return anchors.stream().map(Anchor::certificate).toList();
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }
}
