package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Finds and verifies every signature and document time-stamp of a PDF attachment (văn bản ký số).
 * The file is streamed from disk: PDFBox reads it through a buffered file (hex strings such as /Contents in
 * blocks, {@link HexStringParser}), the signed byte ranges are digested by position. Never throws for bad input: a non-PDF or unparsable file is an INVALID report.
 *
 * <p>Signer chains are judged at the validation instant (the clock), not at the claimed signing time:
 * CMS signingTime and /M are claims, not proof of existence. Thread-safe.
 */
public final class PdfSignatureInspector {
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] BYTE_RANGE_KEY = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private final SignerChainJudge judge;
    private final Clock clock;

    public PdfSignatureInspector(SignerChainJudge judge, Clock clock) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies the PDF at {@code pdf}, reported under {@code attachmentName}. */
    public PdfAttachmentReport inspect(String attachmentName, Path pdf) {
        try {
            if (!looksLikePdf(pdf)) {
                return PdfAttachmentReport.malformed(attachmentName, "not a PDF: no %PDF- header in the first "
                        + HEADER_WINDOW + " bytes");
            }
            try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(pdf.toFile());
                 PDDocument doc = HexStringParser.load(source);
                 FileChannel channel = FileChannel.open(pdf, StandardOpenOption.READ)) {
                return PdfAttachmentReport.of(attachmentName, verifyAll(pdf, doc, new FileRanges(channel)));
            }
        } catch (IOException | RuntimeException e) {
            return PdfAttachmentReport.malformed(attachmentName, "the PDF cannot be read: " + e.getMessage());
        }
    }

    private List<PdfSignatureResult> verifyAll(Path pdf, PDDocument doc, FileRanges file) throws IOException {
        SignatureVerification verification = new SignatureVerification(file, file.contentEnd(),
                new RevisionComparator(pdf, doc), judge, clock.instant());
        List<PDSignatureField> fields = new ArrayList<>();
        for (PDSignatureField f : doc.getSignatureFields()) {
            if (f.getSignature() != null) {
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparingLong(f -> revisionEnd(f.getSignature())));
        List<PdfSignatureResult> results = new ArrayList<>();
        List<COSDictionary> dictionaries = new ArrayList<>();
        for (PDSignatureField f : fields) {
            results.add(verifyOne(verification, f));
            dictionaries.add(f.getSignature().getCOSObject());
        }
        results = DocMdpRule.apply(dictionaries, results);
        return strippedSignatures(file, dictionaries, results);
    }

    /**
     * A signature dictionary's /ByteRange and /Contents are always plain bytes in the file (never in an object
     * stream), so counting {@code /ByteRange} finds every signature ever written, also those a later update
     * unlinked. More than the fields reference means a signature was removed or replaced: never VALID.
     */
    private static List<PdfSignatureResult> strippedSignatures(FileRanges file, List<COSDictionary> dictionaries,
                                                               List<PdfSignatureResult> results) throws IOException {
        long written = file.count(BYTE_RANGE_KEY);
        long referenced = dictionaries.stream().distinct().count();
        if (written <= referenced) {
            return results;
        }
        List<PdfSignatureResult> out = new ArrayList<>(results);
        out.add(new PdfSignatureResult(null, "Sig", null, null, null, null, null, null, null, false,
                SignatureStatus.INVALID, PdfSignatureReason.UNREFERENCED_SIGNATURE, "the file holds " + written
                + " signature dictionaries but its signature fields reference " + referenced
                + ": a signature was removed or replaced by a later update"));
        return out;
    }

    /** One unreadable signature does not hide the others: it becomes an INVALID entry. */
    private static PdfSignatureResult verifyOne(SignatureVerification verification, PDSignatureField f) {
        try {
            return verification.verify(f.getFullyQualifiedName(), f.getSignature());
        } catch (IOException | RuntimeException e) {
            return new PdfSignatureResult(f.getFullyQualifiedName(), null, f.getSignature().getSubFilter(), null, null,
                    null, null, null, null, false, SignatureStatus.INVALID, PdfSignatureReason.PDF_MALFORMED,
                    "the signature cannot be read: " + e.getMessage());
        }
    }

    private static long revisionEnd(PDSignature sig) {
        long[] r = SignatureVerification.byteRange(sig);
        return r == null || r.length != 4 ? Long.MAX_VALUE : r[2] + r[3];
    }

    /** True when {@code %PDF-} appears in the first 1024 bytes (ISO 32000 tolerates leading junk). */
    public static boolean looksLikePdf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_WINDOW);
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }
}
