package vn.lienthong.axis.edxml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Writes document and status packages in the form the VNPT SDK emits: root {@code <edXML xmlns=QCVN>}, envelope
 * declaring the {@code edXML} prefix, prefixed header elements, {@code Bussiness*}, {@code cid:} content ids, UTF-8.
 * Attachments are streamed from disk and base64-encoded in 48 KiB chunks on a single line (no line breaks: fewer
 * bytes, and nothing for canonicalisation to disagree about). With {@link Options#zipAttachments()} each file is
 * wrapped in a single-entry ZIP labelled {@code application/zip}, as the VNPT SDK does. Never writes a Signature.
 */
public final class EdxmlWriter {
    /** Multiple of 3, so chunks encode without padding in between. */
    private static final int CHUNK = 3 * 16 * 1024;
    private static final String ZIP_TYPE = "application/zip";

    /** Writer options. */
    public record Options(boolean zipAttachments) {
        public static Options defaults() {
            return new Options(false);
        }
    }

    private final Options options;

    public EdxmlWriter(Options options) {
        this.options = options;
    }

    public EdxmlWriter() {
        this(Options.defaults());
    }

    /** Writes the package to a file (replaced if present). */
    public void write(EdxmlPackage pkg, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(pkg, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the package to {@code out} (not closed). Attachment files are read from {@link Attachment#file()}. */
    public void write(EdxmlPackage pkg, OutputStream out) {
        try {
            XmlOut xml = new XmlOut(out);
            xml.start("", "edXML");
            xml.writer().writeDefaultNamespace(EdxmlReader.QCVN_NS);
            writeEnvelope(pkg, xml);
            if (pkg.kind() == EdxmlPackage.Kind.DOCUMENT && !pkg.attachments().isEmpty()) {
                writeAttachments(pkg.attachments(), xml);
            }
            xml.end();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot write the package: " + e.getMessage(), null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEnvelope(EdxmlPackage pkg, XmlOut xml) throws XMLStreamException {
        xml.start("edXML", "edXMLEnvelope");
        xml.writer().writeNamespace("edXML", EdxmlReader.QCVN_NS);
        xml.start("edXML", "edXMLHeader");
        HeaderWriter header = new HeaderWriter(xml);
        if (pkg.kind() == EdxmlPackage.Kind.STATUS) {
            header.statusHeader(pkg.status());
            xml.end();
        } else {
            header.messageHeader(pkg.header());
            new TraceWriter(xml, header).trace(pkg.trace());
            xml.end();
            writeManifest(manifestOf(pkg), xml);
        }
        xml.end();
    }

    private List<ManifestReference> manifestOf(EdxmlPackage pkg) {
        if (!pkg.manifest().isEmpty()) {
            return options.zipAttachments() ? pkg.manifest().stream().map(r -> new ManifestReference(r.contentId(),
                    ZIP_TYPE, r.attachmentName(), r.description())).toList() : pkg.manifest();
        }
        List<ManifestReference> refs = new ArrayList<>();
        for (int i = 0; i < pkg.attachments().size(); i++) {
            Attachment a = pkg.attachments().get(i);
            refs.add(new ManifestReference(contentId(a, i), contentType(a), a.name(), a.description()));
        }
        return refs;
    }

    private static void writeManifest(List<ManifestReference> refs, XmlOut xml) throws XMLStreamException {
        xml.start("edXML", "edXMLBody");
        xml.start("edXML", "edXMLManifest");
        xml.writer().writeAttribute("version", "1.0");
        for (ManifestReference r : refs) {
            xml.start("edXML", "Reference");
            xml.leaf("edXML", "ContentId", "cid:" + r.contentId());
            xml.leaf("edXML", "ContentType", r.contentType());
            xml.leaf("edXML", "AttachmentName", r.attachmentName());
            xml.leaf("edXML", "Description", r.description());
            xml.end();
        }
        xml.end();
        xml.end();
    }

    private void writeAttachments(List<Attachment> attachments, XmlOut xml) throws XMLStreamException, IOException {
        xml.start("", "AttachmentEncoded");
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            xml.start("", "Attachment");
            xml.leaf("", "ContentId", "cid:" + contentId(a, i));
            xml.leaf("", "AttachmentName", a.name());
            xml.leaf("", "Description", a.description());
            xml.leaf("", "ContentType", contentType(a));
            xml.start("", "ContentTransferEncoded");
            writeBase64(a, xml);
            xml.end();
            xml.end();
        }
        xml.end();
    }

    private void writeBase64(Attachment a, XmlOut xml) throws IOException, XMLStreamException {
        Path source = a.file();
        Path zip = null;
        try {
            if (options.zipAttachments()) {
                zip = zipSingleEntry(a);
                source = zip;
            }
            try (InputStream in = Files.newInputStream(source)) {
                Base64.Encoder encoder = Base64.getEncoder();
                for (byte[] chunk; (chunk = in.readNBytes(CHUNK)).length > 0; ) {
                    char[] chars = new String(encoder.encode(chunk), StandardCharsets.US_ASCII).toCharArray();
                    xml.text(chars, chars.length);
                }
            }
        } finally {
            if (zip != null) {
                Files.deleteIfExists(zip);
            }
        }
    }

    private static Path zipSingleEntry(Attachment a) throws IOException {
        Path zip = Files.createTempFile("edxml-attachment-", ".zip");
        String entryName = a.name() != null ? a.name() : a.file().getFileName().toString();
        try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            z.putNextEntry(new ZipEntry(entryName));
            Files.copy(a.file(), z);
            z.closeEntry();
        }
        return zip;
    }

    private String contentType(Attachment a) {
        return options.zipAttachments() ? ZIP_TYPE : a.contentType();
    }

    private static String contentId(Attachment a, int index) {
        return a.contentId() != null ? Attachment.stripCid(a.contentId()) : String.valueOf(index + 1);
    }
}
