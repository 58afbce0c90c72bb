package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Builds real PDFs for tests: an unsigned one-page document, PAdES signatures (detached CMS made with
 * BouncyCastle, incremental save as a signing tool does), and incremental updates after signing.
 * Reusable by any test that needs a signed PDF attachment in a package.
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
        return sign(in, out, subFilter, cms(signer, digest, null));
    }

    /** Signs with a CMS that encapsulates the signed ranges instead of being detached. */
    public static Path signEncapsulating(Path in, Path out, SamplePki.Credential signer) throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, cms(signer, "SHA256", null, true));
    }

    /** Signs as ETSI.CAdES.detached with a signing-certificate-v2 attribute naming {@code bound}. */
    public static Path signBindingCertificate(Path in, Path out, SamplePki.Credential signer, X509Certificate bound)
            throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, cms(signer, "SHA256", bound));
    }

    /** Certifies {@code in} (DocMDP certification signature with permission {@code p}: 1, 2 or 3). */
    public static Path certify(Path in, Path out, SamplePki.Credential signer, int p) throws IOException {
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, cms(signer, "SHA256", null),
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
        return sign(in, out, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, cms(signer, "SHA256", null),
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
            doc.addSignature(sig, content -> timeStampToken(tsa, content), options);
            doc.saveIncremental(os);
        }
        return out;
    }

    private static byte[] timeStampToken(SamplePki.Credential tsa, InputStream content) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            TimeStampTokenGenerator gen = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            gen.addCertificates(new JcaCertStore(tsa.chain()));
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(NISTObjectIdentifiers.id_sha256, digest);
            return gen.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot make the sample time-stamp token", e);
        }
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

    /** A SignatureInterface producing a detached CMS over the signed ranges with BouncyCastle. */
    public static SignatureInterface cms(SamplePki.Credential signer, String digest, X509Certificate bound) {
        return cms(signer, digest, bound, false);
    }

    private static SignatureInterface cms(SamplePki.Credential signer, String digest, X509Certificate bound,
                                          boolean encapsulate) {
        return (InputStream content) -> {
            try {
                String alg = signer.signatureAlgorithm().replace("SHA256", digest);
                CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build());
                if (bound != null) {
                    byte[] hash = MessageDigest.getInstance("SHA-256").digest(bound.getEncoded());
                    info.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(
                            new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))))));
                }
                gen.addSignerInfoGenerator(info.build(new JcaContentSignerBuilder(alg).build(signer.key()), signer.certificate()));
                gen.addCertificates(new JcaCertStore(signer.chain()));
                return gen.generate(new StreamedContent(content), encapsulate).getEncoded();
            } catch (Exception e) {
                throw new IOException("cannot make the sample CMS", e);
            }
        };
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

    /** The signed ranges as CMS content, streamed once into the digest: large PDFs sign without buffering. */
    private record StreamedContent(InputStream in) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
