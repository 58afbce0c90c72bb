package vn.lienthong.axis.cli;

import java.util.Locale;
import java.util.Map;

/** MIME types for the attachment file names agencies send most. */
final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "zip", "application/zip",
            "xml", "application/xml",
            "txt", "text/plain",
            "png", "image/png",
            "jpg", "image/jpeg");

    private ContentTypes() {}

    static String guess(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }
}
