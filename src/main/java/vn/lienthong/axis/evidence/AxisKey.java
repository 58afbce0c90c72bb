package vn.lienthong.axis.evidence;

import java.util.Optional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The axis signing key if one is configured ({@code axis.signing.key-store}); production requires it. */
public final class AxisKey {
    private final EvidenceSigner signer;

    public AxisKey(EvidenceSigner signer) {
        this.signer = signer;
    }

    public Optional<EvidenceSigner> optional() { return Optional.ofNullable(signer); }

    /** The signer, or CONFIGURATION_INVALID naming the missing setting. */
    public EvidenceSigner required() {
        if (signer == null) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "this axis has no signing key: set"
                    + " axis.signing.key-store to issue signed receipts and checkpoints", "axis.signing.key-store");
        }
        return signer;
    }
}
