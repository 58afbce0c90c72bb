package vn.lienthong.axis.signature.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.axis.edxml.Attachment;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.SignatureCheck;
import vn.lienthong.axis.signature.pdf.AttachmentSignatureDecision;
import vn.lienthong.axis.signature.pdf.PdfAttachmentReport;
import vn.lienthong.axis.signature.pdf.PdfSignatureInspector;
import vn.lienthong.axis.trust.TrustService;

/**
 * Verifies one package under a policy: the XML-DSig (profile, algorithms, keys), the signer's
 * certificate path, revocation and binding to the {@code From} agency, and the signatures of PDF
 * attachments. Never throws for a refusal: the report says what failed and why.
 */
public final class PackageVerifier {
    private final EdxmlSignatureVerifier xmlSignatures;
    private final TrustService trust;
    private final PdfSignatureInspector pdfSignatures;
    private final Clock clock;

    public PackageVerifier(EdxmlSignatureVerifier xmlSignatures, TrustService trust,
                           PdfSignatureInspector pdfSignatures, Clock clock) {
        this.xmlSignatures = xmlSignatures;
        this.trust = trust;
        this.pdfSignatures = pdfSignatures;
        this.clock = clock;
    }

    /** @param packageFile the package bytes as received; {@code pkg} their parsed form, attachments on disk */
    public VerificationReport verify(Path packageFile, EdxmlPackage pkg, VerificationPolicy policy) {
        PackageSignatureReport signature;
        SignatureCheck check = null;
        try {
            if (policy.packageSignature() == PackageSignatureRule.OFF) {
                signature = PackageSignatureReport.notChecked();
            } else if (!pkg.signed() && policy.packageSignature() == PackageSignatureRule.IF_PRESENT) {
                signature = PackageSignatureReport.absent();
            } else {
                check = xmlSignatures.verify(packageFile);
                var signer = trust.check(pkg.fromOrganId(), check.signer(), check.chain());
                var v = signer.validation();
                signature = new PackageSignatureReport("VALID", check.report(), signer.binding().name(), v.chain(),
                        v.revocationSource(), v.revocation(), v.validationTime().toString());
            }
        } catch (AxisException e) {
            var failed = check == null ? PackageSignatureReport.invalid(null) : PackageSignatureReport.invalid(check.report());
            return report(policy, failed, List.of(), e);
        }
        List<PdfAttachmentReport> pdfs = inspectPdfAttachments(pkg, policy);
        AttachmentSignatureDecision decision = policy.attachmentSignatures().decideAll(pdfs);
        return report(policy, signature, pdfs, decision.toException());
    }

    private List<PdfAttachmentReport> inspectPdfAttachments(EdxmlPackage pkg, VerificationPolicy policy) {
        List<PdfAttachmentReport> reports = new ArrayList<>();
        if (!policy.attachmentSignatures().inspects()) {
            return reports;
        }
        for (Attachment a : pkg.attachments()) {
            if (isPdf(a)) {
                reports.add(pdfSignatures.inspect(a.name(), a.file()));
            }
        }
        return reports;
    }

    /** By content ({@code %PDF-}), not by name: a mislabelled file is not judged as a PDF. */
    static boolean isPdf(Attachment a) {
        try {
            return a.file() != null && PdfSignatureInspector.looksLikePdf(a.file());
        } catch (IOException e) {
            return false;
        }
    }

    private VerificationReport report(VerificationPolicy policy, PackageSignatureReport signature,
                                      List<PdfAttachmentReport> pdfs, AxisException refusal) {
        String now = Instant.now(clock).toString();
        String rule = policy.packageSignature().wireName();
        String attachments = policy.attachmentSignatures().wireName();
        if (refusal == null) {
            return new VerificationReport(true, null, null, null, rule, attachments, signature, pdfs, now);
        }
        return new VerificationReport(false, refusal.code().wireName(), refusal.detail(), refusal.field(), rule,
                attachments, signature, pdfs, now);
    }
}
