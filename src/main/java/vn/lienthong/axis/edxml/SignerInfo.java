package vn.lienthong.axis.edxml;

/** Who signed the document (người ký): authority ({@code KT. CHỦ TỊCH}), position and full name. */
public record SignerInfo(String competence, String position, String fullName) {
}
