package vn.lienthong.axis.edxml;

import java.util.List;

/** A document replaced by a replace package (type 3), and for which agencies. */
public record ReplacementInfo(String documentId, List<String> organIds) {
    public ReplacementInfo {
        organIds = Lists.copy(organIds);
    }
}
