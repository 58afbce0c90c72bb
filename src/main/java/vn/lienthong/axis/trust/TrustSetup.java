package vn.lienthong.axis.trust;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link CertificateValidator} from file locations, as the configuration and the command
 * line name them: hard-fail and soft-fail anchors, intermediates, CRL files, and whether revocation
 * is checked at all ({@code --no-revocation} switches it off).
 *
 * @param anchors hard-fail trust anchors: PEM files, folders of PEMs, or PKCS#12 files
 * @param softFailAnchors anchors under which an unobtainable revocation status is accepted
 * @param p12Password password for PKCS#12 locations (null if none)
 * @param intermediates intermediate CA certificates completing chains
 * @param crlFiles CRL files (PEM or DER)
 * @param revocation false to switch revocation checking off
 * @param settings timeouts and freshness for CRL and OCSP
 */
public record TrustSetup(List<Path> anchors, List<Path> softFailAnchors, char[] p12Password, List<Path> intermediates,
                         List<Path> crlFiles, boolean revocation, RevocationSettings settings) {

    /** Hard-fail anchors only, revocation on, default settings. */
    public static TrustSetup anchors(List<Path> anchors) {
        return new TrustSetup(anchors, List.of(), null, List.of(), List.of(), true, RevocationSettings.defaults());
    }

    public TrustSetup withPassword(char[] password) {
        return new TrustSetup(anchors, softFailAnchors, password, intermediates, crlFiles, revocation, settings);
    }

    public TrustSetup withIntermediates(List<Path> locations) {
        return new TrustSetup(anchors, softFailAnchors, p12Password, locations, crlFiles, revocation, settings);
    }

    public TrustSetup withCrlFiles(List<Path> files) {
        return new TrustSetup(anchors, softFailAnchors, p12Password, intermediates, files, revocation, settings);
    }

    public TrustSetup withSoftFailAnchors(List<Path> locations) {
        return new TrustSetup(anchors, locations, p12Password, intermediates, crlFiles, revocation, settings);
    }

    public TrustSetup withRevocation(boolean on) {
        return new TrustSetup(anchors, softFailAnchors, p12Password, intermediates, crlFiles, on, settings);
    }

    /** The revocation checker these settings describe. */
    public RevocationChecker revocationChecker() {
        if (!revocation) {
            return RevocationChecker.off();
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : crlFiles) {
            crls.add(Pem.readCrl(file));
        }
        return new OnlineRevocationChecker(settings.withCrlFiles(crls));
    }

    /** Loads every file and builds the validator. */
    public CertificateValidator validator(Clock clock) {
        TrustAnchors all = TrustAnchors.load(anchors, p12Password, RevocationPolicy.HARD_FAIL)
                .and(TrustAnchors.load(softFailAnchors, p12Password, RevocationPolicy.SOFT_FAIL));
        return new CertificateValidator(all, CertificateStore.load(intermediates, p12Password), revocationChecker(), clock);
    }
}
