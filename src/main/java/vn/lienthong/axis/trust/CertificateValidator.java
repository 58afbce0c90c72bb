package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Validates a signer certificate: builds the path to a trust anchor (KeyInfo, then the intermediate
 * store), makes the axis's own precise checks, runs BouncyCastle PKIX, then checks revocation of the
 * signer and of the intermediates. Every refusal is an {@link AxisException} with its catalogue code.
 */
public final class CertificateValidator {
    private final TrustAnchors anchors;
    private final ChainBuilder chains;
    private final PathChecks checks;
    private final RevocationChecker revocation;
    private final Clock clock;
    private final ValidatedPaths validatedPaths = new ValidatedPaths();

    public CertificateValidator(TrustAnchors anchors, CertificateStore intermediates, RevocationChecker revocation,
                                AlgorithmPolicy policy, Clock clock) {
        if (anchors.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "No trust anchors are configured");
        }
        this.anchors = anchors;
        this.chains = new ChainBuilder(anchors, intermediates);
        this.checks = new PathChecks(policy);
        this.revocation = revocation;
        this.clock = clock;
    }

    public CertificateValidator(TrustAnchors anchors, CertificateStore intermediates, RevocationChecker revocation,
                                Clock clock) {
        this(anchors, intermediates, revocation, AlgorithmPolicy.DEFAULT, clock);
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    /** Validates now (the clock's instant). */
    public ValidationResult validate(X509Certificate signer, List<X509Certificate> keyInfo) {
        return validate(signer, keyInfo, clock.instant());
    }

    /**
     * Validates {@code signer} at {@code at}.
     *
     * @param keyInfo the certificates the signature carried (may include the signer and the root)
     */
    public ValidationResult validate(X509Certificate signer, List<X509Certificate> keyInfo, Instant at) {
        ChainBuilder.Built built = chains.build(signer, keyInfo);
        List<X509Certificate> path = built.path();
        X509Certificate anchor = built.anchor().certificate();
        checks.check(path, anchor, Date.from(at));
        if (!validatedPaths.contains(path, anchor)) {
            PkixValidation.validate(path, anchor, Date.from(at));
            validatedPaths.add(path, anchor);
        }
        List<RevocationCheck> revocations = checkRevocation(path, built.anchor(), at);
        return ValidationResult.of(at, elements(path, anchor), revocations);
    }

    private List<RevocationCheck> checkRevocation(List<X509Certificate> path, TrustAnchors.Anchor anchor, Instant at) {
        List<RevocationCheck> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            X509Certificate cert = path.get(i);
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : anchor.certificate();
            RevocationStatus status = revocation.check(cert, issuer, at, i == 0);
            out.add(judge(cert, status, anchor.revocationPolicy()));
        }
        return out;
    }

    private static RevocationCheck judge(X509Certificate cert, RevocationStatus status, RevocationPolicy policy) {
        String subject = Certificates.subject(cert);
        switch (status.state()) {
            case REVOKED -> throw ChainBuilder.refuse(AxisErrorCode.CERT_REVOKED, subject + " was revoked on "
                    + status.revocationTime() + " (" + status.source() + ": " + status.detail() + ")");
            case UNAVAILABLE -> {
                if (policy == RevocationPolicy.SOFT_FAIL) {
                    return new RevocationCheck(subject, status, true);
                }
                throw new AxisException(AxisErrorCode.REVOCATION_UNAVAILABLE, "No fresh revocation status for "
                        + subject + " could be obtained; try again later (" + status.detail() + ")",
                        "Signature/KeyInfo/X509Data");
            }
            default -> {
                return new RevocationCheck(subject, status, false);
            }
        }
    }

    private static List<ChainElement> elements(List<X509Certificate> path, X509Certificate anchor) {
        List<ChainElement> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            out.add(ChainElement.of(i == 0 ? ChainElement.Role.SIGNER : ChainElement.Role.INTERMEDIATE, path.get(i)));
        }
        out.add(ChainElement.of(ChainElement.Role.ANCHOR, anchor));
        return out;
    }
}
