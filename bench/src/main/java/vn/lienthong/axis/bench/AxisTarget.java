package vn.lienthong.axis.bench;

import java.net.URI;

/** Where a bench client sends its requests: one axis node's HTTP address. */
interface AxisTarget {
    URI uri(String path);
}
