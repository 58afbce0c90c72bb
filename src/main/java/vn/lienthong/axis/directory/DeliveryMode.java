package vn.lienthong.axis.directory;

import java.util.Locale;

/** How a package reaches an agency: its mailbox, a push to its endpoint, the national axis, or a peer axis. */
public enum DeliveryMode {
    PULL, PUSH, UPSTREAM, PEER;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public static DeliveryMode fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
