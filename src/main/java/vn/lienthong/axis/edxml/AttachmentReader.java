package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Reads {@code AttachmentEncoded/Attachment} elements: the small fields into memory, the base64 of
 * {@code ContentTransferEncoded} streamed through the decoder to a file. The base64 is not subject to the header
 * text limit, only to the attachment and total size limits.
 */
final class AttachmentReader {
    private final XmlCursor cursor;
    private final ReaderLimits limits;
    private final AttachmentSink sink;
    private final DecodeBudget budget;

    /** @param sink where decoded attachments go; null to skip their content (header-only reading) */
    AttachmentReader(XmlCursor cursor, ReaderLimits limits, AttachmentSink sink) {
        this.cursor = cursor;
        this.limits = limits;
        this.sink = sink;
        this.budget = new DecodeBudget(limits);
    }

    /** At START_ELEMENT AttachmentEncoded: reads every Attachment child, appending to {@code into}. */
    void readAll(List<Attachment> into) throws XMLStreamException, IOException {
        while (cursor.next() != XMLStreamConstants.END_ELEMENT) {
            if (!cursor.reader().isStartElement()) {
                continue;
            }
            if (!"Attachment".equals(cursor.localName())) {
                cursor.skipElement();
                continue;
            }
            if (into.size() >= limits.maxAttachments()) {
                throw new AxisException(AxisErrorCode.TOO_MANY_ATTACHMENTS,
                        "more than " + limits.maxAttachments() + " attachments", cursor.path());
            }
            into.add(readOne(into.size()));
        }
    }

    private Attachment readOne(int index) throws XMLStreamException, IOException {
        Map<String, String> fields = new HashMap<>();
        AttachmentFiles.Stored stored = null;
        try {
            while (cursor.next() != XMLStreamConstants.END_ELEMENT) {
                if (!cursor.reader().isStartElement()) {
                    continue;
                }
                if ("ContentTransferEncoded".equals(cursor.localName()) && stored == null) {
                    stored = sink == null ? skip() : decode(index, fields);
                } else {
                    XmlNode node = cursor.readElement();
                    fields.putIfAbsent(node.name(), node.text());
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (stored != null && stored.file() != null) {
                Files.deleteIfExists(stored.file());
            }
            throw e;
        }
        if (stored == null) {
            throw new AxisException(AxisErrorCode.ATTACHMENT_ENCODING_INVALID,
                    "attachment " + (index + 1) + " has no ContentTransferEncoded", cursor.path() + "/Attachment");
        }
        return new Attachment(Attachment.stripCid(fields.get("ContentId")), fields.get("AttachmentName"),
                fields.get("Description"), fields.get("ContentType"), stored.zipEntryName(), stored.file(),
                stored.size(), stored.sha256());
    }

    /** Header-only reading: the base64 is passed over without decoding; nothing is written. */
    private AttachmentFiles.Stored skip() throws XMLStreamException {
        cursor.skipElement();
        return new AttachmentFiles.Stored(null, -1, null, null);
    }

    private AttachmentFiles.Stored decode(int index, Map<String, String> fields) throws XMLStreamException, IOException {
        String field = cursor.path();
        Path file = sink.fileFor(index, Attachment.stripCid(fields.get("ContentId")), fields.get("AttachmentName"));
        AttachmentFiles.Target target = AttachmentFiles.open(file, limits.maxAttachmentBytes(), budget, field);
        try {
            Base64StreamDecoder decoder = new Base64StreamDecoder(target, field);
            XMLStreamReader r = cursor.reader();
            int event;
            while ((event = cursor.next()) != XMLStreamConstants.END_ELEMENT) {
                if (XmlCursor.isText(event)) {
                    decoder.write(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new AxisException(AxisErrorCode.ATTACHMENT_ENCODING_INVALID,
                            "ContentTransferEncoded must hold only base64 text", cursor.path());
                }
            }
            decoder.finish();
            return target.complete();
        } catch (XMLStreamException | IOException | RuntimeException e) {
            target.abandon();
            throw e;
        }
    }
}
