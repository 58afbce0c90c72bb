package vn.lienthong.axis.ledger.chain;

/** Escaping for the small XML documents the axis signs. */
public final class XmlText {
    private XmlText() {}

    /** Text content: &amp;, &lt;, &gt; escaped; CR kept as a reference so canonical forms agree. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#xD;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Attribute value (double quotes). */
    public static String attr(String s) {
        if (s == null) {
            return "";
        }
        return text(s).replace("\"", "&quot;").replace("\n", "&#xA;").replace("\t", "&#x9;");
    }
}
