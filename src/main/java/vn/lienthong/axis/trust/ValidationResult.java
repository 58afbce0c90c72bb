package vn.lienthong.axis.trust;

import java.time.Instant;
import java.util.List;

/**
 * A signer certificate that passed validation: the chain, the revocation evidence and the instant
 * it was validated for. JSON-friendly (records, strings, instants) for the verification report.
 *
 * @param validationTime the instant the chain was validated at
 * @param chain signer first, anchor last
 * @param revocationSource the signer's revocation source in one word: {@code CRL}, {@code OCSP},
 *                         {@code CACHE}, {@code OFF}, or {@code unavailable (soft-fail)}
 * @param revocation one entry per certificate checked, signer first
 */
public record ValidationResult(Instant validationTime, List<ChainElement> chain, String revocationSource,
                               List<RevocationCheck> revocation) {
    public ValidationResult {
        chain = List.copyOf(chain);
        revocation = List.copyOf(revocation);
    }

    /** Derives {@link #revocationSource()} from the signer's revocation check. */
    public static ValidationResult of(Instant validationTime, List<ChainElement> chain, List<RevocationCheck> revocation) {
        RevocationCheck signer = revocation.get(0);
        String source = signer.softFail() ? "unavailable (soft-fail)" : signer.status().source().name();
        return new ValidationResult(validationTime, chain, source, revocation);
    }

    public ChainElement signer() {
        return chain.get(0);
    }
}
