package vn.lienthong.axis.edxml;

import java.util.List;

/** The routing trace ({@code TraceHeaderList}) and the business block, if any. */
public record TraceHeaderList(List<TraceHeader> traceHeaders, Business business) {
    public TraceHeaderList {
        traceHeaders = Lists.copy(traceHeaders);
    }
}
