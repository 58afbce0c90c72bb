package vn.lienthong.axis.edxml;

import java.util.List;

/** What an update package (type 2) changes: metadata flag, recipient-list flag, and the receivers concerned. */
public record BusinessDocumentInfo(String documentInfo, String documentReceiver, List<Receiver> receivers) {
    public BusinessDocumentInfo {
        receivers = Lists.copy(receivers);
    }
}
