package vn.lienthong.axis.edxml;

import java.nio.file.Path;

/**
 * An attachment (tệp đính kèm) as a file on disk. {@code size} and {@code sha256} (lower-case hex) describe the
 * decoded bytes, after unwrapping a single-entry ZIP, whose entry name is {@code zipEntryName} (null if not zipped).
 * The content id is kept without its {@code cid:} prefix.
 */
public record Attachment(String contentId, String name, String description, String contentType, String zipEntryName,
                         Path file, long size, String sha256) {
    /** An attachment to write: size and hash are filled in by the reader, not needed by the writer. */
    public static Attachment ofFile(String contentId, String name, String contentType, Path file) {
        return new Attachment(contentId, name, name, contentType, null, file, -1, null);
    }

    /** Strips a {@code cid:} prefix and surrounding blanks (null stays null). */
    public static String stripCid(String contentId) {
        if (contentId == null) {
            return null;
        }
        String s = contentId.strip();
        return s.regionMatches(true, 0, "cid:", 0, 4) ? s.substring(4).strip() : s;
    }
}
