package vn.lienthong.axis.edxml;

import java.util.ArrayList;
import java.util.List;

/**
 * A small element of the package header, matched by local name whatever its namespace (QCVN, default or none).
 * Text is stripped of surrounding blanks; a missing element gives null, an empty one "".
 */
record XmlNode(String name, String text, List<XmlNode> children) {
    static final XmlNode ABSENT = new XmlNode("", null, List.of());

    /** The first child with one of the local names, or {@link #ABSENT}. */
    XmlNode child(String... names) {
        for (XmlNode c : children) {
            for (String n : names) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
        }
        return ABSENT;
    }

    /** All children with the local name. */
    List<XmlNode> all(String name) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(name)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first child with one of the names, or null. */
    String text(String... names) {
        return child(names).text;
    }

    boolean present() {
        return this != ABSENT;
    }

    boolean has(String name) {
        return child(name).present();
    }
}
