package vn.lienthong.axis.signature;

/**
 * Sees the elements and text of a package as the digest pass reads them, so that another reader can use
 * the same pass (intake decodes the attachments with it instead of parsing the package again). Depth 1 is
 * the document element; the header Signature and what it holds are not shown. A listener must not throw:
 * the signature's own verdict comes first.
 */
public interface ContentListener {
    /** Listens to nothing. */
    ContentListener NONE = new ContentListener() {
        @Override
        public void start(int depth, String localName) {
        }

        @Override
        public void text(char[] chars, int start, int length) {
        }

        @Override
        public void end(int depth) {
        }
    };

    void start(int depth, String localName);

    /** Character data (text, white space or CDATA) of the innermost open element, in document order. */
    void text(char[] chars, int start, int length);

    void end(int depth);
}
