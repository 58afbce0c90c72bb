package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The trust decision on a package signer: the certificate chain is valid and not revoked
 * ({@link CertificateValidator}), and the signer belongs to the sending agency ({@link SignerBinding}).
 */
public final class TrustService {
    private final CertificateValidator validator;
    private final SignerBinding binding;

    public TrustService(CertificateValidator validator, SignerBinding binding) {
        this.validator = validator;
        this.binding = binding;
    }

    /**
     * Validates {@code signer} now and binds it to {@code fromAgency}; refuses with an AxisException.
     *
     * @param keyInfo the certificates carried by the signature's KeyInfo
     */
    public TrustedSigner check(String fromAgency, X509Certificate signer, List<X509Certificate> keyInfo) {
        ValidationResult result = validator.validate(signer, keyInfo);
        return new TrustedSigner(fromAgency, binding.check(fromAgency, signer), result);
    }

    /** As {@link #check(String, X509Certificate, List)}, at a given instant. */
    public TrustedSigner check(String fromAgency, X509Certificate signer, List<X509Certificate> keyInfo, Instant at) {
        ValidationResult result = validator.validate(signer, keyInfo, at);
        return new TrustedSigner(fromAgency, binding.check(fromAgency, signer), result);
    }

    /**
     * A signer the axis trusts for an agency.
     *
     * @param agency the sending agency code
     * @param binding how the signer is bound to it
     * @param validation the chain and revocation evidence
     */
    public record TrustedSigner(String agency, SignerBinding.Match binding, ValidationResult validation) {}
}
