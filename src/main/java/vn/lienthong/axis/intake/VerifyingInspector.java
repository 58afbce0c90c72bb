package vn.lienthong.axis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.SignaturePolicy;
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
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.SignatureCheck;
import vn.lienthong.axis.trust.TrustService;

/**
 * The real inspector: the hardened streaming edXML reader, the field rules, the package XML-DSig
 * (strict profile) and the signer's trust (PKIX, revocation, bound to the From agency), under the
 * From agency's signature policy: {@code required} refuses an unsigned document, {@code if-present}
 * verifies a signature when there is one, {@code off} skips it. Status packages carry no signature
 * in QCVN 102 practice: they are verified when signed and otherwise accepted on the client's
 * authentication. Attachments are decoded to a scratch folder only to be checked, then deleted: the
 * ledger keeps the original bytes.
 */
public class VerifyingInspector implements IntakeInspector {
    private final EdxmlReader reader;
    private final PackageValidator validator;
    private final EdxmlSignatureVerifier signatures;
    private final TrustService trust;
    private final AgencyRepository agencies;

    public VerifyingInspector(EdxmlReader reader, PackageValidator validator, EdxmlSignatureVerifier signatures,
                              TrustService trust, AgencyRepository agencies) {
        this.reader = reader;
        this.validator = validator;
        this.signatures = signatures;
        this.trust = trust;
        this.agencies = agencies;
    }

    @Override
    public PackageFacts inspect(SpooledPackage spooled) {
        EdxmlPackage pkg = read(spooled.file());
        validator.requireValid(pkg);
        String from = upper(pkg.fromOrganId());
        SignaturePolicy policy = agencies.find(from).map(Agency::signaturePolicy).orElse(SignaturePolicy.REQUIRED);
        if (pkg.signed() && policy != SignaturePolicy.OFF) {
            SignatureCheck check = signatures.verify(spooled.file());
            trust.check(from, check.signer(), check.chain());
        } else if (!pkg.signed() && policy == SignaturePolicy.REQUIRED && pkg.kind() == EdxmlPackage.Kind.DOCUMENT) {
            throw new AxisException(AxisErrorCode.SIGNATURE_MISSING, "documents from " + from
                    + " must be signed (signature policy required)", "edXMLHeader/Signature");
        }
        return pkg.kind() == EdxmlPackage.Kind.STATUS ? status(pkg.status(), from, spooled) : document(pkg, from, spooled);
    }

    private EdxmlPackage read(Path file) {
        Path scratch = file.resolveSibling(file.getFileName() + ".attachments");
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, AttachmentSink.directory(scratch));
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot read the spool file", null, e);
        } finally {
            deleteTree(scratch);
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
        return PackageFacts.document(from, to, h.documentId(), type, related, h.subject(), s.sha256(), s.size());
    }

    private static PackageFacts status(StatusMessage m, String from, SpooledPackage s) {
        ResponseFor rf = m.responseFor();
        return PackageFacts.status(from, m.statusCode().value(), rf == null ? null : rf.documentId(),
                rf == null ? null : upper(rf.organId()), s.sha256(), s.size());
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the spool housekeeping removes leftovers
        }
    }
}
