package vn.lienthong.axis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.DirectoryIndex;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.edxml.AttachmentCapture;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.BusinessType;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.MessageHeader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.ReplacementInfo;
import vn.lienthong.axis.edxml.ResponseFor;
import vn.lienthong.axis.edxml.StatusMessage;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.signature.ContentListener;
import vn.lienthong.axis.signature.pdf.AttachmentSignaturePolicy;
import vn.lienthong.axis.signature.report.PackageSignatureRule;
import vn.lienthong.axis.signature.report.PackageVerifier;
import vn.lienthong.axis.signature.report.VerificationPolicy;
import vn.lienthong.axis.signature.report.VerificationReport;

/**
 * The inspector, in the order of ADR 012: the hardened streaming edXML reader over the header
 * (attachments' fields read, their base64 passed over undecoded), the field rules, the client's
 * right to send for the {@code From} agency, then the package XML-DSig (strict profile, the
 * signer's path, revocation and binding to the From agency) under that agency's signature policy,
 * all before any attachment is decoded. The signer is judged before the digest pass, and that pass
 * decodes the attachments to scratch files as it goes (ADR 038), within the decoding caps, for the
 * PDF attachment signatures; the files are deleted: the ledger keeps the original bytes. A package
 * whose digest pass did not run or did not decode them cleanly is read once more for them. Status
 * packages carry no signature in QCVN 102 practice: they are verified when signed and otherwise
 * accepted on the client's authentication.
 */
public class VerifyingInspector implements IntakeInspector {
    private final EdxmlReader reader;
    private final PackageValidator validator;
    private final Supplier<PackageVerifier> verifier;
    private final DirectoryIndex directory;
    private final AttachmentSignaturePolicy attachmentPolicy;

    /** @param verifier the current package verifier (it changes when trust anchors are added) */
    public VerifyingInspector(EdxmlReader reader, PackageValidator validator, Supplier<PackageVerifier> verifier,
                              DirectoryIndex directory, AttachmentSignaturePolicy attachmentPolicy) {
        this.reader = reader;
        this.validator = validator;
        this.verifier = verifier;
        this.directory = directory;
        this.attachmentPolicy = attachmentPolicy;
    }

    @Override
    public EdxmlPackage readHeader(SpooledPackage spooled) {
        EdxmlPackage header = read(spooled.file(), null);
        validator.requireValid(header);
        return header;
    }

    @Override
    public String sender(EdxmlPackage header) {
        return upper(header.fromOrganId());
    }

    @Override
    public InspectedPackage verify(SpooledPackage spooled, EdxmlPackage header) {
        String from = sender(header);
        PackageVerifier packages = verifier.get();
        VerificationPolicy policy = policy(header, from);
        ScratchFiles scratch = new ScratchFiles(spooled.file());
        AttachmentCapture capture = new AttachmentCapture(header, reader.limits(), scratch);
        try {
            PackageVerifier.SignatureStage signature = packages.verifySignature(spooled.file(), header, policy,
                    header.attachments().isEmpty() ? ContentListener.NONE : listener(capture));
            if (signature.refusal() != null) {
                packages.refused(policy, signature).enforce();
            }
            EdxmlPackage pkg = header.attachments().isEmpty() ? header
                    : capture.result(header).orElseGet(() -> read(spooled.file(), scratch));
            VerificationReport report = packages.verifyAttachments(signature, pkg, policy);
            report.enforce();
            PackageFacts facts = pkg.kind() == EdxmlPackage.Kind.STATUS
                    ? status(pkg.status(), from, spooled) : document(pkg, from, spooled);
            return new InspectedPackage(facts, report);
        } finally {
            capture.giveUp();
            scratch.deleteAll();
        }
    }

    /** Lets the signature's digest pass feed {@code capture} (ADR 038). */
    public static ContentListener listener(AttachmentCapture capture) {
        return new ContentListener() {
            @Override
            public void start(int depth, String localName) {
                capture.start(depth, localName);
            }

            @Override
            public void text(char[] chars, int start, int length) {
                capture.text(chars, start, length);
            }

            @Override
            public void end(int depth) {
                capture.end(depth);
            }
        };
    }

    /** Suffix of the attachment scratch files beside spool files (folders before session 16). */
    public static final String SCRATCH_SUFFIX = ".attachments";

    private VerificationPolicy policy(EdxmlPackage pkg, String from) {
        SignaturePolicy agencyPolicy = directory.agency(from).map(Agency::signaturePolicy).orElse(SignaturePolicy.REQUIRED);
        PackageSignatureRule rule = PackageSignatureRule.valueOf(agencyPolicy.name());
        if (rule == PackageSignatureRule.REQUIRED && pkg.kind() == EdxmlPackage.Kind.STATUS && !pkg.signed()) {
            rule = PackageSignatureRule.IF_PRESENT;
        }
        return new VerificationPolicy(rule, attachmentPolicy);
    }

    /** @param scratch where to decode the attachments, or null to read the header only */
    private EdxmlPackage read(Path file, AttachmentSink scratch) {
        try (InputStream in = Files.newInputStream(file)) {
            return scratch == null ? reader.readHeader(in) : reader.read(in, scratch);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the intake spool cannot be read", null, e);
        }
    }

    private static PackageFacts document(EdxmlPackage pkg, String from, SpooledPackage s) {
        MessageHeader h = pkg.header();
        int type = pkg.businessType().map(t -> Integer.parseInt(t.code())).orElseThrow(() -> new AxisException(
                AxisErrorCode.VALIDATION_FAILED, "BussinessDocType must be 0, 1, 2 or 3",
                "TraceHeaderList/Bussiness/BussinessDocType"));
        String related = h.responseFor().stream().map(ResponseFor::documentId).filter(d -> d != null && !d.isBlank())
                .findFirst().orElse(null);
        if (related == null && type == Integer.parseInt(BusinessType.REPLACE.code()) && pkg.trace() != null
                && pkg.trace().business() != null) {
            related = pkg.trace().business().replacements().stream().map(ReplacementInfo::documentId)
                    .findFirst().orElse(null);
        }
        List<String> to = h.recipientIds().stream().map(VerifyingInspector::upper).toList();
        return PackageFacts.document(from, to, h.documentId(), type, related, h.subject(), s.sha256(), s.size(),
                h.dueDateValue());
    }

    private static PackageFacts status(StatusMessage m, String from, SpooledPackage s) {
        ResponseFor rf = m.responseFor();
        return PackageFacts.status(from, m.statusCode().value(), rf == null ? null : rf.documentId(),
                rf == null ? null : upper(rf.organId()), s.sha256(), s.size());
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
