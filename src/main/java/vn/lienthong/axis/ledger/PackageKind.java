package vn.lienthong.axis.ledger;

import java.util.Locale;

/** Gói tin văn bản (document) or gói tin trạng thái (status). */
public enum PackageKind {
    DOCUMENT, STATUS;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static PackageKind fromWire(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }
}
