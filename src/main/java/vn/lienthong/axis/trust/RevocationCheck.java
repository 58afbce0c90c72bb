package vn.lienthong.axis.trust;

/**
 * The revocation outcome for one certificate of the chain.
 *
 * @param subject the certificate checked
 * @param status what the checker answered
 * @param softFail true if the status was unavailable and accepted under a soft-fail anchor
 */
public record RevocationCheck(String subject, RevocationStatus status, boolean softFail) {}
