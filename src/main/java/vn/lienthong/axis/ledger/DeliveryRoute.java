package vn.lienthong.axis.ledger;

import java.util.Locale;

/** How one copy reaches its recipient. */
public enum DeliveryRoute {
    /** Registered here, fetches from its mailbox. */
    LOCAL_PULL,
    /** Registered here, the axis POSTs to its endpoint. */
    LOCAL_PUSH,
    /** Reached through the national axis. */
    UPSTREAM,
    /** Reached through another axis. */
    PEER,
    /** Unknown or suspended code: refused for this recipient, nothing queued. */
    UNROUTABLE;

    public String wireName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static DeliveryRoute fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
