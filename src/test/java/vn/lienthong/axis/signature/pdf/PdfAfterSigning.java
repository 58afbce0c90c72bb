package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * What happens to a signed PDF after signing, for tests: incremental updates (page text, annotations, DSS,
 * signature removal, a redefined signature dictionary) and same-length byte patches that keep every offset.
 */
public final class PdfAfterSigning {
    private PdfAfterSigning() {
    }

    /** Appends an incremental update adding a /DSS (validation data) to the catalogue: harmless after signing. */
    public static Path appendDss(Path in, Path out, X509Certificate certificate) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            COSStream cert = doc.getDocument().createCOSStream();
            try (OutputStream s = cert.createOutputStream()) {
                s.write(certificate.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IOException(e);
            }
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), new COSArray(List.of(cert)));
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            doc.saveIncremental(os);
        }
        return out;
    }

    /** Appends an incremental update adding a FreeText annotation on page 1 (an overlay after signing). */
    public static Path appendAnnotation(Path in, Path out, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            PDPage page = doc.getPage(0);
            PDAnnotationFreeText note = new PDAnnotationFreeText();
            note.setRectangle(new PDRectangle(72, 650, 300, 40));
            note.setContents(text);
            note.setPage(page);
            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(note);
            page.setAnnotations(annotations);
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(os);
        }
        return out;
    }

    /** Appends an incremental update that unlinks every signature field and widget (signature stripping). */
    public static Path appendSignatureRemoval(Path in, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            COSDictionary form = doc.getDocumentCatalog().getAcroForm(null).getCOSObject();
            form.setItem(COSName.FIELDS, new COSArray());
            form.removeItem(COSName.SIG_FLAGS);
            form.setNeedToBeUpdated(true);
            PDPage page = doc.getPage(0);
            page.getCOSObject().setItem(COSName.ANNOTS, new COSArray());
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(os);
        }
        return out;
    }

    /** Appends an incremental update that draws {@code text} on page 1, as a forger would (ISA). */
    public static Path appendPageText(Path in, Path out, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(os);
        }
        return out;
    }

    /** Replaces the first occurrence of {@code from} by {@code to} (same length), keeping every offset. */
    public static Path patch(Path in, Path out, String from, String to) throws IOException {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("patches must keep the length");
        }
        byte[] bytes = Files.readAllBytes(in);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("'" + from + "' not found");
        }
        System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, at, to.length());
        Files.write(out, bytes);
        return out;
    }

    /** The /ByteRange text of the last signature, e.g. {@code [0 1234 5678 910]} plus PDFBox's padding. */
    public static String lastByteRangeText(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int start = text.lastIndexOf("/ByteRange [");
        int end = text.indexOf(']', start) + 1;
        return text.substring(start, end);
    }

    /**
     * Rewrites the last /ByteRange in place, within the text width PDFBox reserved (the array and the
     * spaces after it), so every offset stays; the signed bytes change.
     */
    public static Path rewriteLastByteRange(Path in, Path out, long... range) throws IOException {
        String text = new String(Files.readAllBytes(in), StandardCharsets.ISO_8859_1);
        int start = text.lastIndexOf("/ByteRange [");
        int end = text.indexOf(']', start) + 1;
        while (text.charAt(end) == ' ') {
            end++;
        }
        String old = text.substring(start, end);
        StringBuilder now = new StringBuilder("/ByteRange [" + range[0] + " " + range[1] + " " + range[2] + " "
                + range[3] + "]");
        while (now.length() < old.length()) {
            now.append(' ');
        }
        return patch(in, out, old, now.toString());
    }

    /** Appends raw bytes (e.g. a hand-made incremental update) to a copy of {@code in}. */
    public static Path append(Path in, Path out, String raw) throws IOException {
        byte[] original = Files.readAllBytes(in);
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(original);
            os.write(raw.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    /**
     * Appends a hand-made incremental update that redefines the last signature dictionary with
     * {@code range} and the same /Contents: the shape of a signature wrapping attack (SWA).
     */
    public static Path redefineLastSignature(Path in, Path out, long... range) throws IOException {
        String text = new String(Files.readAllBytes(in), StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <");
        String hex = text.substring(contents + 11, text.indexOf('>', contents));
        int objStart = text.lastIndexOf(" obj", contents);
        String[] header = text.substring(text.lastIndexOf('\n', objStart) + 1, objStart).trim().split(" ");
        String update = "\n" + header[0] + " " + header[1] + " obj\n<</Type /Sig /Filter /Adobe.PPKLite"
                + " /SubFilter /ETSI.CAdES.detached /ByteRange [" + range[0] + " " + range[1] + " " + range[2] + " "
                + range[3] + "] /Contents <" + hex + ">>>\nendobj\n";
        long objOffset = text.length() + 1;
        long xrefOffset = text.length() + update.length();
        String xref = "xref\n0 1\n0000000000 65535 f\r\n" + header[0] + " 1\n"
                + String.format("%010d %05d n\r\n", objOffset, Integer.parseInt(header[1]))
                + "trailer\n<</Size " + last(text, "/Size (\\d+)") + " /Root " + last(text, "/Root (\\d+ \\d+) R")
                + " R /Prev " + last(text, "startxref\\s+(\\d+)") + ">>\nstartxref\n" + xrefOffset + "\n%%EOF\n";
        return append(in, out, update + xref);
    }

    private static String last(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null) {
            throw new IllegalArgumentException(regex + " not found");
        }
        return found;
    }

    /** Appends an incremental update that repaints the first signature's widget (e.g. a forged seal image). */
    public static Path appendSignatureAppearanceChange(Path in, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out)) {
            PDAnnotationWidget widget = doc.getSignatureFields().get(0).getWidgets().get(0);
            PDAppearanceStream appearance = new PDAppearanceStream(doc);
            appearance.setBBox(new PDRectangle(widget.getRectangle().getWidth(), widget.getRectangle().getHeight()));
            appearance.setResources(new PDResources());
            try (PDPageContentStream cs = new PDPageContentStream(doc, appearance)) {
                cs.setNonStrokingColor(0f, 0f, 0.85f);
                cs.addRect(0, 0, widget.getRectangle().getWidth(), widget.getRectangle().getHeight());
                cs.fill();
            }
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.setNormalAppearance(appearance);
            widget.setAppearance(ap);
            widget.getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(os);
        }
        return out;
    }
}
