package vn.lienthong.axis.edxml;

/** The số/ký hiệu of a document ({@code Code}): number {@code 7816}, notation {@code VPCP-TTĐT}. */
public record DocumentCode(String codeNumber, String codeNotation) {
}
