package vn.lienthong.axis.trust;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;

/**
 * How the online revocation checker fetches and trusts revocation data.
 *
 * @param connectTimeout TCP connect timeout for CRL and OCSP requests
 * @param requestTimeout whole-request timeout for CRL and OCSP requests
 * @param maxAge how long an answer without nextUpdate stays fresh after its thisUpdate
 * @param clockSkew tolerance for a thisUpdate slightly in the future
 * @param maxCrlBytes the largest CRL the checker downloads
 * @param crlFiles configured CRLs (e.g. {@code certs-sample/sample-intermediate-ca.crl}), used when fresh
 */
public record RevocationSettings(Duration connectTimeout, Duration requestTimeout, Duration maxAge,
                                 Duration clockSkew, int maxCrlBytes, List<X509CRL> crlFiles) {
    public RevocationSettings {
        crlFiles = List.copyOf(crlFiles);
    }

    /** 3 s connect, 10 s request, 1 h max age, 5 min skew, 20 MB CRLs, no CRL files. */
    public static RevocationSettings defaults() {
        return new RevocationSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofMinutes(5), 20 * 1024 * 1024, List.of());
    }

    public RevocationSettings withCrlFiles(List<X509CRL> crls) {
        return new RevocationSettings(connectTimeout, requestTimeout, maxAge, clockSkew, maxCrlBytes, crls);
    }

    public RevocationSettings withTimeouts(Duration connect, Duration request) {
        return new RevocationSettings(connect, request, maxAge, clockSkew, maxCrlBytes, crlFiles);
    }
}
