package vn.lienthong.axis.trust;

/** What to do when no fresh revocation status can be obtained for a certificate under an anchor. */
public enum RevocationPolicy {
    /** Refuse with {@code REVOCATION_UNAVAILABLE} (retryable). The default. */
    HARD_FAIL,
    /** Accept, and say "unavailable (soft-fail)" in the result. */
    SOFT_FAIL
}
