package vn.lienthong.axis.ledger;

import java.util.Locale;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Gói tin văn bản (document) or gói tin trạng thái (status). */
public enum PackageKind {
    DOCUMENT, STATUS;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static PackageKind fromWire(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }

    /** A list filter from a request: null or blank for both kinds; anything else but the two is BAD_REQUEST. */
    public static PackageKind filter(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "kind must be document or status", "kind");
        }
    }
}
