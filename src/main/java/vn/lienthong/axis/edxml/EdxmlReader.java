package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Reads an edXML package (style A, QCVN 102:2016) as a stream: the header into the model, each attachment's
 * base64 straight to a file through an {@link AttachmentSink}. Hardened: any DOCTYPE is refused, nothing external
 * is fetched, XInclude is refused, and {@link ReaderLimits} bound structure and size. Lenient where real traffic
 * varies: namespaces, {@code Business}/{@code Bussiness}, {@code cid:}, element order, stray bytes before the prolog.
 * Refusals are {@link AxisException}s with the element path as field. Thread-safe; one instance can be shared.
 */
public final class EdxmlReader {
    /** The QCVN 102:2016 namespace. */
    public static final String QCVN_NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private final ReaderLimits limits;

    public EdxmlReader(ReaderLimits limits) {
        this.limits = limits;
    }

    public EdxmlReader() {
        this(ReaderLimits.defaults());
    }

    public ReaderLimits limits() {
        return limits;
    }

    /** Reads a package file, writing attachments as {@code attachment-N.bin} into {@code attachmentDirectory}. */
    public EdxmlPackage read(Path packageFile, Path attachmentDirectory) {
        try (InputStream in = Files.newInputStream(packageFile)) {
            return read(in, AttachmentSink.directory(attachmentDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a package from {@code in} (not closed). Attachments already written are deleted when the package is
     * refused.
     */
    public EdxmlPackage read(InputStream in, AttachmentSink sink) {
        return readAny(in, java.util.Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Reads the whole package but decodes no attachment: each one carries its fields with no file, size -1 and
     * no hash. Nothing is written; used to judge a package (fields, signature, sender) before any decoding.
     */
    public EdxmlPackage readHeader(InputStream in) {
        return readAny(in, null);
    }

    private EdxmlPackage readAny(InputStream in, AttachmentSink sink) {
        LimitedInputStream limited = new LimitedInputStream(in, limits.maxTotalInputBytes());
        List<Attachment> attachments = new ArrayList<>();
        XmlCursor cursor = null;
        try {
            cursor = new XmlCursor(PrologCleaner.clean(limited), limits);
            return readPackage(cursor, sink, attachments);
        } catch (XMLStreamException | RuntimeException | IOException e) {
            deleteAll(attachments);
            throw translate(e, limited, cursor);
        } finally {
            if (cursor != null) {
                cursor.close();
            }
        }
    }

    private EdxmlPackage readPackage(XmlCursor cursor, AttachmentSink sink, List<Attachment> attachments)
            throws XMLStreamException, IOException {
        cursor.toRoot();
        String ns = cursor.namespace();
        if (!"edXML".equals(cursor.localName()) || !(ns.isEmpty() || QCVN_NS.equals(ns))) {
            throw new AxisException(AxisErrorCode.NOT_EDXML,
                    "root element is {" + ns + "}" + cursor.localName() + ", expected edXML in " + QCVN_NS, "edXML");
        }
        XmlNode envelope = null;
        AttachmentReader attachmentReader = new AttachmentReader(cursor, limits, sink);
        while (cursor.next() != javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
            if (cursor.reader().isStartElement()) {
                switch (cursor.localName()) {
                    case "edXMLEnvelope" -> envelope = cursor.readElement();
                    case "AttachmentEncoded" -> attachmentReader.readAll(attachments);
                    default -> cursor.skipElement();
                }
            }
        }
        cursor.toEnd();
        if (envelope == null) {
            throw new AxisException(AxisErrorCode.NOT_EDXML, "the package has no edXMLEnvelope", "edXML/edXMLEnvelope");
        }
        return PackageMapper.map(envelope, attachments);
    }

    /**
     * Turns whatever stopped the read into a refusal: our own AxisExceptions as they are; an input over the size
     * limit as TOO_LARGE; parser limit messages as XML_LIMIT_EXCEEDED; other parser errors as MALFORMED_XML; a plain
     * I/O error of the files as DEPENDENCY_UNAVAILABLE (no path in the answer), anything else as INTERNAL_ERROR.
     */
    private static AxisException translate(Exception e, LimitedInputStream limited, XmlCursor cursor) {
        String field = cursor == null ? "edXML" : cursor.path();
        if (limited.exceeded()) {
            return new AxisException(AxisErrorCode.TOO_LARGE, "the package is larger than "
                    + "the allowed size", field.isEmpty() ? "edXML" : field);
        }
        if (e instanceof AxisException ax) {
            return ax;
        }
        if (!(e instanceof XMLStreamException) && !(e instanceof java.io.CharConversionException)
                && !(e.getCause() instanceof XMLStreamException)) {
            if (e instanceof IOException) {
                // the package file or the attachment folder: the server's storage, not the sender's bytes
                return new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                        "the attachments cannot be decoded to disk right now; retry later", null, e);
            }
            return new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot read the package", null, e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("limit") && message.contains("xceeded")) {
            return new AxisException(AxisErrorCode.XML_LIMIT_EXCEEDED, firstLine(message), field, e);
        }
        return new AxisException(AxisErrorCode.MALFORMED_XML, firstLine(message), field, e);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void deleteAll(List<Attachment> attachments) {
        for (Attachment a : attachments) {
            if (a.file() == null) {
                continue;
            }
            try {
                Files.deleteIfExists(a.file());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
