package vn.lienthong.axis.directory;

import java.util.Locale;

/** Whether an agency's packages must carry a valid XML signature. */
public enum SignaturePolicy {
    REQUIRED, IF_PRESENT, OFF;

    public String wireName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static SignaturePolicy fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
