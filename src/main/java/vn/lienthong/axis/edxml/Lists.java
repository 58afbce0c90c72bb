package vn.lienthong.axis.edxml;

import java.util.List;

/** Null-tolerant immutable list copies for the model records. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
