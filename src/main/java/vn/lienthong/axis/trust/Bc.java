package vn.lienthong.axis.trust;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathValidator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider instance, used explicitly (never installed globally). */
public final class Bc {
    /** Shared provider instance. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}

    /**
     * Sets the provider up (about a second of class loading) and its PKIX validator at start-up,
     * so that the first package after a start does not pay for it.
     */
    public static void warmUp() {
        try {
            CertPathValidator.getInstance("PKIX", PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle has no PKIX validator", e);
        }
    }
}
