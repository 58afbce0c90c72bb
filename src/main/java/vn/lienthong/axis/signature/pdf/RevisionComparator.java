package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * Compares a signed revision with the final document and names the first change that is not one of the
 * harmless updates PAdES allows after signing: further signatures and their widgets, document
 * time-stamps, the DSS (validation data), XMP metadata. Page content, resources, page geometry, existing
 * signature widgets, other annotations, other form field values and the rest of the catalogue (actions,
 * names, ...) must stay equal. The appearance of a signature widget added later is not compared.
 */
final class RevisionComparator {
    private static final Set<COSName> CATALOG_EXCLUDED = Set.of(COSName.ACRO_FORM, COSName.getPDFName("DSS"),
            COSName.PAGES, COSName.METADATA, COSName.getPDFName("Extensions"));
    private static final Set<COSName> PAGE_EXCLUDED = Set.of(COSName.ANNOTS, COSName.RESOURCES, COSName.CONTENTS);

    private final Path file;
    private final PDDocument finalDocument;
    private Snapshot finalSnapshot;

    RevisionComparator(Path file, PDDocument finalDocument) {
        this.file = file;
        this.finalDocument = finalDocument;
    }

    /** The first disallowed change after {@code revisionEnd}, in words; empty when only harmless updates follow. */
    Optional<String> changesAfter(long revisionEnd) {
        try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
             PDDocument revision = HexStringParser.load(new TruncatedFileRead(source, revisionEnd))) {
            if (finalSnapshot == null) {
                finalSnapshot = Snapshot.of(finalDocument);
            }
            return Snapshot.of(revision).firstDifference(finalSnapshot);
        } catch (IOException | RuntimeException e) {
            return Optional.of("the signed revision cannot be compared with the final document: " + e.getMessage());
        }
    }

    /** What must not change after signing, as fingerprints. */
    private record Snapshot(List<String> pages, List<List<String>> annotations, List<List<String>> signatureWidgets,
                            Map<String, String> fields, String catalog) {

        static Snapshot of(PDDocument doc) throws IOException {
            List<String> pages = new ArrayList<>();
            List<List<String>> annotations = new ArrayList<>();
            List<List<String>> widgets = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                pages.add(pageFingerprint(page));
                annotations.add(annotationFingerprints(page, false));
                widgets.add(annotationFingerprints(page, true));
            }
            return new Snapshot(pages, annotations, widgets,
                    fieldFingerprints(doc.getDocumentCatalog().getAcroForm(null)),
                    CosFingerprint.of(doc.getDocumentCatalog().getCOSObject(), CATALOG_EXCLUDED));
        }

        private static String pageFingerprint(PDPage page) throws IOException {
            return String.join("|",
                    CosFingerprint.of(page.getCOSObject(), PAGE_EXCLUDED),
                    CosFingerprint.of(page.getCOSObject().getItem(COSName.CONTENTS), Set.of()),
                    page.getResources() == null ? "-" : CosFingerprint.of(page.getResources().getCOSObject(), Set.of()),
                    String.valueOf(page.getMediaBox()), String.valueOf(page.getCropBox()),
                    String.valueOf(page.getRotation()));
        }

        /** Fingerprints of the page's signature widgets, or of all its other annotations. */
        private static List<String> annotationFingerprints(PDPage page, boolean signatureWidgets) throws IOException {
            List<String> out = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                COSDictionary d = a.getCOSObject();
                if (CosFingerprint.isSignatureWidget(d) == signatureWidgets) {
                    out.add(CosFingerprint.of(d, Set.of()));
                }
            }
            out.sort(null);
            return out;
        }

        private static Map<String, String> fieldFingerprints(PDAcroForm form) throws IOException {
            Map<String, String> out = new TreeMap<>();
            if (form == null) {
                return out;
            }
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTerminalField && !(f instanceof PDSignatureField)) {
                    out.put(f.getFullyQualifiedName(), CosFingerprint.of(f.getCOSObject(), Set.of(COSName.KIDS)));
                }
            }
            return out;
        }

        Optional<String> firstDifference(Snapshot after) {
            if (pages.size() != after.pages.size()) {
                return Optional.of("the page count changed from " + pages.size() + " to " + after.pages.size());
            }
            for (int i = 0; i < pages.size(); i++) {
                if (!pages.get(i).equals(after.pages.get(i))) {
                    return Optional.of("page " + (i + 1) + " (content, resources or geometry) changed");
                }
                if (!annotations.get(i).equals(after.annotations.get(i))) {
                    return Optional.of("annotations other than signature widgets on page " + (i + 1) + " changed");
                }
                if (!after.signatureWidgets.get(i).containsAll(signatureWidgets.get(i))) {
                    return Optional.of("an existing signature appearance on page " + (i + 1) + " changed");
                }
            }
            if (!fields.equals(after.fields)) {
                return Optional.of("form fields other than signature fields changed");
            }
            return Objects.equals(catalog, after.catalog) ? Optional.empty()
                    : Optional.of("the document catalogue (actions, names, outlines, ...) changed");
        }
    }
}
