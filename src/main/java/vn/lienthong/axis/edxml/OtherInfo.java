package vn.lienthong.axis.edxml;

import java.util.List;

/** {@code OtherInfo}: priority (độ khẩn), scope, typist, copies, pages, direction, appendixes and references. */
public record OtherInfo(String priority, String sphereOfPromulgation, String typerNotation, String promulgationAmount,
                        String pageAmount, String direction, List<String> appendixes, String replyFors,
                        String referenceCodes) {
    public OtherInfo {
        appendixes = Lists.copy(appendixes);
    }
}
