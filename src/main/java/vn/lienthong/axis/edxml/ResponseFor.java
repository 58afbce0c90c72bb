package vn.lienthong.axis.edxml;

/**
 * A link to an earlier document ({@code ResponseFor}): the document answered, the target of a revoke, or the
 * document a status is about. {@code code} is {@code number/notation}.
 */
public record ResponseFor(String organId, String code, String promulgationDate, String documentId) {
}
