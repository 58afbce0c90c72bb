package vn.lienthong.axis.edxml;

/**
 * The structure and size limits the {@link EdxmlReader} enforces (XML-04…XML-09, LIM-01…LIM-03).
 * Header text is limited by {@code maxHeaderTextChars}; attachment base64 is not, it is limited by
 * {@code maxAttachmentBytes} (decoded, also after unzipping) and {@code maxTotalInputBytes}.
 * {@code maxDecodedBytes} caps every byte the reader writes for one package (base64-decoded plus
 * unzipped), {@code maxZipRatio} the expansion of a ZIP entry (inflated ÷ compressed; the first
 * {@value #ZIP_RATIO_FREE_BYTES} inflated bytes are free, so small compressible files pass).
 */
public record ReaderLimits(int maxDepth, int maxChildrenPerElement, long maxElementCount, int maxAttributesPerElement,
                           int maxAttributeSize, int maxHeaderTextChars, int maxAttachments, long maxAttachmentBytes,
                           long maxTotalInputBytes, long maxDecodedBytes, int maxZipRatio) {
    private static final long MIB = 1024L * 1024L;
    /** Inflated bytes below this never count as a decompression bomb, whatever the ratio. */
    public static final long ZIP_RATIO_FREE_BYTES = 1024 * 1024;

    /** As before the decoding caps existed: decoded bytes up to twice the input, ZIP ratio 100. */
    public ReaderLimits(int maxDepth, int maxChildrenPerElement, long maxElementCount, int maxAttributesPerElement,
                        int maxAttributeSize, int maxHeaderTextChars, int maxAttachments, long maxAttachmentBytes,
                        long maxTotalInputBytes) {
        this(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement, maxAttributeSize,
                maxHeaderTextChars, maxAttachments, maxAttachmentBytes, maxTotalInputBytes, 2 * maxTotalInputBytes, 100);
    }

    /** Defaults: CXF's structure limits, 256 KiB header text, 50 attachments of 256 MiB, 512 MiB in total. */
    public static ReaderLimits defaults() {
        return new ReaderLimits(100, 50_000, 500_000, 500, 64 * 1024, 256 * 1024, 50, 256 * MIB, 512 * MIB);
    }

    public ReaderLimits withMaxAttachmentBytes(long bytes) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, maxAttachments, bytes, maxTotalInputBytes, maxDecodedBytes,
                maxZipRatio);
    }

    public ReaderLimits withMaxTotalInputBytes(long bytes) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, maxAttachments, maxAttachmentBytes, bytes, maxDecodedBytes,
                maxZipRatio);
    }

    public ReaderLimits withMaxAttachments(int count) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, count, maxAttachmentBytes, maxTotalInputBytes, maxDecodedBytes,
                maxZipRatio);
    }

    /** The same limits with other decoding caps. */
    public ReaderLimits withDecoding(long decodedBytes, int zipRatio) {
        return new ReaderLimits(maxDepth, maxChildrenPerElement, maxElementCount, maxAttributesPerElement,
                maxAttributeSize, maxHeaderTextChars, maxAttachments, maxAttachmentBytes, maxTotalInputBytes,
                decodedBytes, zipRatio);
    }
}
