package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Builds the path from a signer certificate up to a trust anchor, taking issuers from the
 * signature's KeyInfo, then from the intermediate store. Fails with a precise code:
 * a self-signed certificate that is not an anchor is {@code UNTRUSTED_SIGNER}; an issuer that is
 * nowhere to be found is {@code INCOMPLETE_CHAIN}.
 */
final class ChainBuilder {
    static final int MAX_PATH = 8;

    /** A path (signer first, anchor excluded) and the anchor it ends at. */
    record Built(List<X509Certificate> path, TrustAnchors.Anchor anchor) {}

    private final TrustAnchors anchors;
    private final CertificateStore store;
    /** Links (certificate, issuer) whose signature verified; the next package of the same signer skips the RSA. */
    private final ValidatedPaths verifiedLinks = new ValidatedPaths();

    ChainBuilder(TrustAnchors anchors, CertificateStore store) {
        this.anchors = anchors;
        this.store = store;
    }

    Built build(X509Certificate signer, List<X509Certificate> keyInfo) {
        if (anchors.find(signer).isPresent()) {
            throw refuse(AxisErrorCode.UNTRUSTED_SIGNER, "The signer certificate " + Certificates.subject(signer)
                    + " is a trust anchor (a root CA), not a signing certificate");
        }
        Set<X509Certificate> candidates = new LinkedHashSet<>(keyInfo);
        candidates.addAll(store.certificates());
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = signer;
        while (true) {
            path.add(current);
            Optional<TrustAnchors.Anchor> anchor = anchorOf(current);
            if (anchor.isPresent()) {
                return new Built(List.copyOf(path), anchor.get());
            }
            if (Certificates.isSelfSigned(current)) {
                throw refuse(AxisErrorCode.UNTRUSTED_SIGNER, "The chain ends at the self-signed certificate "
                        + Certificates.subject(current) + ", which is not a configured trust anchor");
            }
            if (path.size() >= MAX_PATH) {
                throw refuse(AxisErrorCode.UNTRUSTED_SIGNER, "The chain is longer than " + MAX_PATH + " certificates");
            }
            current = issuerOf(current, candidates, path, anchors);
        }
    }

    private Optional<TrustAnchors.Anchor> anchorOf(X509Certificate cert) {
        return anchors.anchors().stream().filter(a -> signedBy(cert, a.certificate())).findFirst();
    }

    /** {@link Certificates#isIssuedBy}, remembering the links that verified (names are compared every time). */
    private boolean signedBy(X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        List<X509Certificate> link = List.of(cert);
        if (verifiedLinks.contains(link, issuer)) {
            return true;
        }
        boolean verifies = Certificates.verifies(cert, issuer.getPublicKey());
        if (verifies) {
            verifiedLinks.add(link, issuer);
        }
        return verifies;
    }

    private X509Certificate issuerOf(X509Certificate cert, Set<X509Certificate> candidates,
                                            List<X509Certificate> path, TrustAnchors anchors) {
        boolean sameName = anchors.certificates().stream()
                .anyMatch(a -> a.getSubjectX500Principal().equals(cert.getIssuerX500Principal()));
        for (X509Certificate c : candidates) {
            if (path.contains(c) || !c.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                continue;
            }
            sameName = true;
            if (signedBy(cert, c)) {
                return c;
            }
        }
        if (sameName) {
            throw refuse(AxisErrorCode.UNTRUSTED_SIGNER, "The signature on " + Certificates.subject(cert)
                    + " does not verify with the key of any certificate named " + Certificates.issuer(cert));
        }
        throw refuse(AxisErrorCode.INCOMPLETE_CHAIN, "The issuer " + Certificates.issuer(cert) + " of "
                + Certificates.subject(cert) + " is neither in the signature's KeyInfo, nor in the intermediate"
                + " store, nor a trust anchor");
    }

    static AxisException refuse(AxisErrorCode code, String detail) {
        return new AxisException(code, detail, "Signature/KeyInfo/X509Data");
    }
}
