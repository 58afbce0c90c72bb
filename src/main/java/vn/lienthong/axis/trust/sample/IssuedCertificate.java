package vn.lienthong.axis.trust.sample;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate with its private key and the chain above it (issuer first, up to the root).
 *
 * @param certificate the certificate
 * @param privateKey its private key
 * @param issuers the issuing certificates, nearest first; empty for a self-signed certificate
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> issuers) {
    public IssuedCertificate {
        issuers = List.copyOf(issuers);
    }

    /** The certificate followed by its issuers: leaf first, root last. */
    public List<X509Certificate> chain() {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuers);
        return chain;
    }
}
