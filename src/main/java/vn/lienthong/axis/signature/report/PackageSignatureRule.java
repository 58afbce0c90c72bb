package vn.lienthong.axis.signature.report;

import java.util.Locale;

/** Whether a package must carry a valid XML signature: {@code required} (default), {@code if-present}, {@code off}. */
public enum PackageSignatureRule {
    REQUIRED, IF_PRESENT, OFF;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PackageSignatureRule fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
