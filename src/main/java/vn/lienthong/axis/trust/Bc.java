package vn.lienthong.axis.trust;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider instance, used explicitly (never installed globally). */
public final class Bc {
    /** Shared provider instance. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}
}
