package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.util.Optional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Checks that the signer certificate belongs to the sending agency ({@code From}): it is registered
 * for that agency (fingerprint or subject DN) in the {@link SignerRegistry}, or, when a
 * {@link SubjectAgencyRule} is configured, its subject names the agency code. Otherwise
 * {@code SIGNER_NOT_SENDER}.
 */
public final class SignerBinding {
    /** How the binding was established. */
    public enum Match { REGISTERED, SUBJECT_RULE }

    private final SignerRegistry registry;
    private final Optional<SubjectAgencyRule> rule;

    public SignerBinding(SignerRegistry registry, Optional<SubjectAgencyRule> rule) {
        this.registry = registry;
        this.rule = rule;
    }

    /** Registry only. */
    public SignerBinding(SignerRegistry registry) {
        this(registry, Optional.empty());
    }

    /** Returns how {@code signer} is bound to {@code agencyCode}, or refuses with SIGNER_NOT_SENDER. */
    public Match check(String agencyCode, X509Certificate signer) {
        if (registry.certificatesOf(agencyCode).stream().anyMatch(s -> s.matches(signer))) {
            return Match.REGISTERED;
        }
        if (rule.isPresent() && rule.get().matches(signer, agencyCode)) {
            return Match.SUBJECT_RULE;
        }
        throw new AxisException(AxisErrorCode.SIGNER_NOT_SENDER, "The signer " + Certificates.subject(signer)
                + " (SHA-256 " + Certificates.sha256(signer) + ") is not registered for the sending agency "
                + agencyCode, "MessageHeader/From/OrganId");
    }
}
