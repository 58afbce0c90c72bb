package vn.lienthong.axis.edxml;

/**
 * The structure and size limits the {@link EdxmlReader} enforces (XML-04…XML-09, LIM-01…LIM-03).
 * Header text is limited by {@code maxHeaderTextChars}; attachment base64 is not, it is limited by
 * {@code maxAttachmentBytes} (decoded, also after unzipping) and {@code maxTotalInputBytes}.
 */
public record ReaderLimits(int maxDepth, int maxChildrenPerElement, long maxElementCount, int maxAttributesPerElement,
                           int maxAttributeSize, int maxHeaderTextChars, int maxAttachments, long maxAttachmentBytes,
                           long maxTotalInputBytes) {
    private static final long MIB = 1024L * 1024L;

    /** Defaults: CXF's structure limits, 256 KiB header text, 50 attachments of 256 MiB, 512 MiB in total. */
    public static ReaderLimits defaults() {
        return new ReaderLimits(100, 50_000, 500_000, 500, 64 * 1024, 256 * 1024, 50, 256 * MIB, 512 * MIB);
    }

    public ReaderLimits withMaxAttachmentBytes(long bytes) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, maxAttachments, bytes, maxTotalInputBytes);
    }

    public ReaderLimits withMaxTotalInputBytes(long bytes) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, maxAttachments, maxAttachmentBytes, bytes);
    }

    public ReaderLimits withMaxAttachments(int count) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, count, maxAttachmentBytes, maxTotalInputBytes);
    }
}
