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
import vn.lienthong.axis.signature.ContentListener;
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
        SignatureStage stage = verifySignature(packageFile, pkg, policy);
        return stage.refusal() != null ? refused(policy, stage) : verifyAttachments(stage, pkg, policy);
    }

    /**
     * The package signature and its signer alone: a streaming pass over the file that needs no decoded
     * attachment, so intake can judge a package before decoding anything ({@code pkg} may be header-only).
     */
    public SignatureStage verifySignature(Path packageFile, EdxmlPackage pkg, VerificationPolicy policy) {
        return verifySignature(packageFile, pkg, policy, ContentListener.NONE);
    }

    /**
     * As above; the signer's path, revocation and binding are judged before the digest pass, which
     * {@code listener} sees (it sees nothing when the stage refuses before that pass or checks no signature).
     */
    public SignatureStage verifySignature(Path packageFile, EdxmlPackage pkg, VerificationPolicy policy,
                                          ContentListener listener) {
        SignatureCheck check = null;
        try {
            if (policy.packageSignature() == PackageSignatureRule.OFF) {
                return new SignatureStage(PackageSignatureReport.notChecked(), null);
            }
            if (!pkg.signed() && policy.packageSignature() == PackageSignatureRule.IF_PRESENT) {
                return new SignatureStage(PackageSignatureReport.absent(), null);
            }
            EdxmlSignatureVerifier.Opened opened = xmlSignatures.open(packageFile);
            check = opened.check();
            var signer = trust.check(pkg.fromOrganId(), check.signer(), check.chain());
            opened.verifyDigest(listener);
            var v = signer.validation();
            return new SignatureStage(new PackageSignatureReport("VALID", check.report(), signer.binding().name(),
                    v.chain(), v.revocationSource(), v.revocation(), v.validationTime().toString()), null);
        } catch (AxisException e) {
            var failed = check == null ? PackageSignatureReport.invalid(null) : PackageSignatureReport.invalid(check.report());
            return new SignatureStage(failed, e);
        }
    }

    /** The report of a package whose signature stage refused it. */
    public VerificationReport refused(VerificationPolicy policy, SignatureStage stage) {
        return report(policy, stage.report(), List.of(), stage.refusal());
    }

    /** Completes a passed signature stage with the PDF attachments of {@code pkg} (decoded, on disk). */
    public VerificationReport verifyAttachments(SignatureStage stage, EdxmlPackage pkg, VerificationPolicy policy) {
        List<PdfAttachmentReport> pdfs = inspectPdfAttachments(pkg, policy);
        AttachmentSignatureDecision decision = policy.attachmentSignatures().decideAll(pdfs);
        return report(policy, stage.report(), pdfs, decision.toException());
    }

    /** The outcome of {@link #verifySignature}: the package-signature report and, if refused, why. */
    public record SignatureStage(PackageSignatureReport report, AxisException refusal) {}

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
