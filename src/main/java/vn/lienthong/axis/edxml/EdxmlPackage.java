package vn.lienthong.axis.edxml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read (or to-be-written) edXML package. A DOCUMENT has {@code header}, {@code trace}, {@code manifest} and
 * {@code attachments}; a STATUS has {@code status} only. {@code signed} says a {@code Signature} element was present
 * in {@code edXMLHeader} (it is not verified here).
 */
public record EdxmlPackage(Kind kind, MessageHeader header, TraceHeaderList trace, StatusMessage status,
                           List<ManifestReference> manifest, List<Attachment> attachments, boolean signed) {
    /** Gói tin văn bản or gói tin trạng thái. */
    public enum Kind { DOCUMENT, STATUS }

    public EdxmlPackage {
        Objects.requireNonNull(kind, "kind");
        manifest = Lists.copy(manifest);
        attachments = Lists.copy(attachments);
    }

    /** A document package. */
    public static EdxmlPackage document(MessageHeader header, TraceHeaderList trace, List<ManifestReference> manifest,
                                        List<Attachment> attachments) {
        return new EdxmlPackage(Kind.DOCUMENT, header, trace, null, manifest, attachments, false);
    }

    /** A status package. */
    public static EdxmlPackage status(StatusMessage status) {
        return new EdxmlPackage(Kind.STATUS, null, null, status, List.of(), List.of(), false);
    }

    /**
     * The business type of a document: NEW when the business block is missing; empty for a type outside 0–3 and
     * for a status package, which has none.
     */
    public Optional<BusinessType> businessType() {
        if (kind == Kind.STATUS) {
            return Optional.empty();
        }
        if (trace == null || trace.business() == null) {
            return Optional.of(BusinessType.NEW);
        }
        return trace.business().type();
    }

    /** The sending agency's code as sent: header {@code From} or status {@code From}. */
    public String fromOrganId() {
        Organization from = kind == Kind.STATUS ? (status == null ? null : status.from())
                : (header == null ? null : header.from());
        return from == null ? null : from.organId();
    }

    /** This package with another attachment list (e.g. after the files were moved). */
    public EdxmlPackage withAttachments(List<Attachment> newAttachments) {
        return new EdxmlPackage(kind, header, trace, status, manifest, newAttachments, signed);
    }
}
