package vn.lienthong.axis.trust;

import java.util.List;
import java.util.Map;

/**
 * The signing identities registered per agency. The directory implements it; tests and the CLI use
 * {@link #of(Map)}.
 */
@FunctionalInterface
public interface SignerRegistry {

    /** The signers registered for {@code agencyCode} (e.g. {@code 000.00.01.H99}); empty if none. */
    List<RegisteredSigner> certificatesOf(String agencyCode);

    /** A fixed registry. */
    static SignerRegistry of(Map<String, List<RegisteredSigner>> signers) {
        Map<String, List<RegisteredSigner>> copy = Map.copyOf(signers);
        return agency -> copy.getOrDefault(agency, List.of());
    }

    /** A registry with nobody registered. */
    static SignerRegistry empty() {
        return agency -> List.of();
    }
}
