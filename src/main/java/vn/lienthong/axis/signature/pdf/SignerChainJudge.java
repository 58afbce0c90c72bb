package vn.lienthong.axis.signature.pdf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether a PDF signer certificate is trusted. The PDF verifier owns no trust policy: the
 * integrator plugs in the axis trust service (PKIX, revocation, algorithm rules);
 * {@link AnchoredSignerChainJudge} is the plain anchor-based implementation.
 */
@FunctionalInterface
public interface SignerChainJudge {

    /**
     * @param signer   the certificate whose key verified the CMS signature
     * @param cmsCerts every certificate carried in the CMS (may include the signer and intermediates)
     * @param at       the validation instant
     */
    ChainJudgement judge(X509Certificate signer, List<X509Certificate> cmsCerts, Instant at);
}
