package vn.lienthong.axis.trust;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;
import vn.lienthong.axis.trust.sample.KeyPairs;

/** A small test PKI (root → intermediate) minted once per JVM, and helpers for leaves. */
final class TestPki {
    static final String AGENCY = "000.00.01.H99";
    static final String OTHER_AGENCY = "000.00.02.H99";

    static final IssuedCertificate ROOT = CertificateBuilder.ca("CN=Test Root CA, O=Test SAMPLE, C=VN")
            .keyPair(KeyPairs.ecP256()).notBefore(Instant.now().minus(Duration.ofDays(10)))
            .validFor(Duration.ofDays(3650)).build();
    static final IssuedCertificate INTERMEDIATE = CertificateBuilder.ca("CN=Test Intermediate CA, O=Test SAMPLE, C=VN")
            .issuedBy(ROOT).keyPair(KeyPairs.ecP256()).notBefore(Instant.now().minus(Duration.ofDays(10)))
            .validFor(Duration.ofDays(3650)).build();

    private TestPki() {}

    /** A signing certificate for {@code agency} (O/OU name it) under the intermediate, EC P-256. */
    static CertificateBuilder signer(String agency) {
        return CertificateBuilder.signing("CN=" + agency + " signer, OU=" + agency + ", O=Agency " + agency
                        + " SAMPLE, C=VN")
                .issuedBy(INTERMEDIATE).keyPair(KeyPairs.ecP256());
    }

    static CertificateBuilder signer() {
        return signer(AGENCY);
    }

    static TrustAnchors anchors() {
        return TrustAnchors.of(ROOT.certificate());
    }

    /** KeyInfo as a signer usually sends it: leaf and intermediate. */
    static List<java.security.cert.X509Certificate> keyInfo(IssuedCertificate leaf) {
        return List.of(leaf.certificate(), INTERMEDIATE.certificate());
    }
}
