package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Tells whether a certificate is revoked, from CRLs, OCSP or a cache. Implementations never throw
 * for an unobtainable status: they answer {@link RevocationStatus.State#UNAVAILABLE} and the
 * validator applies the anchor's {@link RevocationPolicy}.
 */
public interface RevocationChecker {

    /**
     * The status of {@code cert}, issued by {@code issuer}, at {@code at}.
     *
     * @param endEntity true for the signer; an intermediate without any revocation pointer (and no
     *                  configured CRL from its issuer) answers NOT_CHECKED, a signer UNAVAILABLE
     */
    RevocationStatus check(X509Certificate cert, X509Certificate issuer, Instant at, boolean endEntity);

    /** No revocation checking at all (CLI {@code --no-revocation}; refused in production). */
    static RevocationChecker off() {
        return (cert, issuer, at, endEntity) ->
                RevocationStatus.notChecked(RevocationStatus.Source.OFF, "revocation checking is switched off");
    }
}
