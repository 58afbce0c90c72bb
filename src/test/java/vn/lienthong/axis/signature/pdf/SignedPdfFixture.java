package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Builds real PDFs for tests: an unsigned one-page document, PAdES signatures (detached CMS made with
 * BouncyCastle, incremental save as a signing tool does), visible agency seals, certification signatures and
 * document time-stamps. Reusable by any test that needs a signed PDF attachment in a package; see
 * {@link PdfAfterSigning} for changes made after signing.
 */
public final class SignedPdfFixture {
    /** The amount printed on the sample page; tests tamper with it. */
    public static final String AMOUNT_LINE = "So tien: 1000000 VND";

    private SignedPdfFixture() {
    }

    /** A one-page PDF with uncompressed text (so tests can find and tamper with it). */
    public static Path unsignedPdf(Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.OVERWRITE, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("Cong van so 123/UBND-VP (sample)");
                cs.newLineAtOffset(0, -20);
                cs.showText(AMOUNT_LINE);
                cs.endText();
            }
            doc.save(target.toFile());
        }
        return target;
    }

    /** Signs {@code in} into {@code out} as ETSI.CAdES.detached with SHA-256, saved incrementally. */
    public static Path sign(Path in, Path out, SamplePki.Credential signer) throws IOException {
        return sign(in, out, signer, "SHA256", PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
    }

    /** Signs with the named digest ({@code SHA256}, {@code SHA1}, ...) and SubFilter. */
    public static Path sign(Path in, Path out, SamplePki.Credential signer, String digest, COSName subFilter)
            throws IOException {
        return sign(in, out, subFilter, SampleCms.cms(signer, digest, null));
    }

    /** Signs with a CMS that encapsulates the signed ranges instead of being detached. */
    public static Path signEncapsulating(Path in, Path out, SamplePki.Credential signer) throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, SampleCms.cms(signer, "SHA256", null, true));
    }

    /** Signs as ETSI.CAdES.detached with a signing-certificate-v2 attribute naming {@code bound}. */
    public static Path signBindingCertificate(Path in, Path out, SamplePki.Credential signer, X509Certificate bound)
            throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, SampleCms.cms(signer, "SHA256", bound));
    }

    /** Certifies {@code in} (DocMDP certification signature with permission {@code p}: 1, 2 or 3). */
    public static Path certify(Path in, Path out, SamplePki.Credential signer, int p) throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, SampleCms.cms(signer, "SHA256", null),
                (doc, sig) -> docMdp(doc, sig, p));
    }

    private static void docMdp(PDDocument doc, PDSignature sig, int p) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, p);
        params.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("DocMDP"));
        reference.setItem(COSName.getPDFName("TransformParams"), params);
        sig.getCOSObject().setItem(COSName.REFERENCE, new COSArray(List.of(reference)));
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.getPDFName("DocMDP"), sig);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
        doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    }

    private static Path sign(Path in, Path out, COSName subFilter, SignatureInterface cms) throws IOException {
        return sign(in, out, subFilter, cms, (doc, sig) -> { });
    }

    /**
     * Signs with a visible appearance at the top right of page 1: a red square standing in for the agency
     * seal image (con dấu đỏ), as Decree 30/2020 documents show it.
     */
    public static Path signVisibly(Path in, Path out, SamplePki.Credential signer) throws IOException {
        byte[] template = sealTemplate(new PDRectangle(430, 700, 110, 110));
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, SampleCms.cms(signer, "SHA256", null),
                (doc, sig) -> { }, new java.io.ByteArrayInputStream(template));
    }

    private static byte[] sealTemplate(PDRectangle rect) throws IOException {
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPage(page);
            PDAppearanceStream appearance = new PDAppearanceStream(doc);
            appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            appearance.setResources(new PDResources());
            try (PDPageContentStream cs = new PDPageContentStream(doc, appearance)) {
                cs.setNonStrokingColor(0.85f, 0f, 0f);
                cs.addRect(0, 0, rect.getWidth(), rect.getHeight());
                cs.fill();
            }
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.setNormalAppearance(appearance);
            widget.setAppearance(ap);
            form.getFields().add(field);
            page.getAnnotations().add(widget);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Path sign(Path in, Path out, COSName subFilter, SignatureInterface cms,
                             java.util.function.BiConsumer<PDDocument, PDSignature> customise) throws IOException {
        return sign(in, out, subFilter, cms, customise, null);
    }

    private static Path sign(Path in, Path out, COSName subFilter, SignatureInterface cms,
                             java.util.function.BiConsumer<PDDocument, PDSignature> customise, InputStream visual)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(subFilter);
            sig.setReason("Ban hanh van ban");
            sig.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            customise.accept(doc, sig);
            if (visual != null) {
                options.setVisualSignature(visual);
                options.setPage(0);
            }
            doc.addSignature(sig, cms, options);
            doc.saveIncremental(os);
        }
        return out;
    }

    /** Adds an ETSI.RFC3161 document time-stamp (/DocTimeStamp), saved incrementally. */
    public static Path timestamp(Path in, Path out, SamplePki.Credential tsa) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in.toFile()); OutputStream os = Files.newOutputStream(out);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature sig = new PDSignature();
            sig.setType(COSName.DOC_TIME_STAMP);
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            doc.addSignature(sig, content -> SampleCms.timeStampToken(tsa, content), options);
            doc.saveIncremental(os);
        }
        return out;
    }
}
