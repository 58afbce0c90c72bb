package vn.lienthong.axis.signature.pdf;

/**
 * Three-valued outcome, as in ETSI EN 319 102-1: {@code INDETERMINATE} is never treated as valid.
 */
public enum SignatureStatus {
    VALID, INVALID, INDETERMINATE
}
