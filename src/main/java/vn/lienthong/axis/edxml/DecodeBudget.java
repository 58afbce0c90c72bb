package vn.lienthong.axis.edxml;

import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Counts, while streaming, the bytes the reader writes for one package (base64-decoded and unzipped) and
 * judges the expansion of ZIP entries, so that a small package cannot fill the disk.
 */
final class DecodeBudget {
    private final long maxBytes;
    private final int maxZipRatio;
    private long used;

    DecodeBudget(ReaderLimits limits) {
        this.maxBytes = limits.maxDecodedBytes();
        this.maxZipRatio = limits.maxZipRatio();
    }

    /** Counts {@code n} more bytes about to be written; refuses before the cap is passed. */
    void spend(long n, String field) {
        used += n;
        if (used > maxBytes) {
            throw new AxisException(AxisErrorCode.DECODED_TOO_LARGE, "the attachments decode to more than "
                    + maxBytes + " bytes (axis.limits.max-decoded-bytes)", field);
        }
    }

    /** Refuses an entry that has inflated (or says it will inflate) to {@code inflated} from {@code compressed} bytes. */
    void checkRatio(long inflated, long compressed, String field) {
        if (inflated > ReaderLimits.ZIP_RATIO_FREE_BYTES && inflated > (double) maxZipRatio * Math.max(1, compressed)) {
            throw new AxisException(AxisErrorCode.ZIP_RATIO_EXCEEDED, "a ZIP entry of " + compressed
                    + " compressed bytes expands past " + inflated + " bytes, more than " + maxZipRatio
                    + " times (axis.limits.max-zip-ratio)", field);
        }
    }
}
