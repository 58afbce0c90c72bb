package vn.lienthong.axis.trust;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Configured intermediate CA certificates, used to complete chains whose KeyInfo lacks them.
 *
 * @param certificates the intermediates
 */
public record CertificateStore(List<X509Certificate> certificates) {
    public static final CertificateStore EMPTY = new CertificateStore(List.of());

    public CertificateStore {
        certificates = List.copyOf(certificates);
    }

    public static CertificateStore of(X509Certificate... certificates) {
        return new CertificateStore(List.of(certificates));
    }

    /** Loads intermediates from PEM files, folders, or PKCS#12 files ({@code p12Password}). */
    public static CertificateStore load(List<Path> locations, char[] p12Password) {
        List<X509Certificate> certs = new ArrayList<>();
        for (Path location : locations) {
            certs.addAll(CertificateFiles.load(location, p12Password));
        }
        return new CertificateStore(certs);
    }
}
