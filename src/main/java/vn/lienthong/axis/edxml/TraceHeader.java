package vn.lienthong.axis.edxml;

/** One hop of the routing trace: the system's agency code and the time, {@code yyyy/MM/dd HH:mm:ss}. */
public record TraceHeader(String organId, String timestamp) {
}
