package vn.lienthong.axis.edxml;

/** Where and when the document was issued (nơi, ngày ban hành); the date is kept as sent, {@code yyyy/MM/dd}. */
public record PromulgationInfo(String place, String promulgationDate) {
}
