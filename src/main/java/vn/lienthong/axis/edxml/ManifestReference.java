package vn.lienthong.axis.edxml;

/**
 * A manifest entry ({@code edXMLManifest/Reference}). The content id is kept without its {@code cid:} prefix;
 * the writer adds it back.
 */
public record ManifestReference(String contentId, String contentType, String attachmentName, String description) {
    /** The manifest entry describing an attachment. */
    public static ManifestReference of(Attachment a) {
        return new ManifestReference(Attachment.stripCid(a.contentId()), a.contentType(), a.name(), a.description());
    }
}
