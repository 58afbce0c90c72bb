package vn.lienthong.axis.edxml;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The field rules of a package (QCVN 102 cardinalities, Bkav's length limits as sensible maxima, business-type
 * and status rules). Returns every problem at once; {@link #requireValid} turns them into one VALIDATION_FAILED.
 */
public final class PackageValidator {
    private final Clock clock;

    public PackageValidator(Clock clock) {
        this.clock = clock;
    }

    public PackageValidator() {
        this(Clock.systemDefaultZone());
    }

    /** Every problem found; empty if the package is valid. */
    public List<ValidationProblem> validate(EdxmlPackage pkg) {
        Problems problems = new Problems(clock);
        if (pkg.kind() == EdxmlPackage.Kind.STATUS) {
            StatusRules.check(pkg.status(), problems);
        } else {
            checkHeader(pkg.header(), problems);
            BusinessRules.check(pkg, problems);
            checkAttachments(pkg, problems);
        }
        return problems.list();
    }

    /** Throws VALIDATION_FAILED naming every problem (field of the first) if there is any. */
    public void requireValid(EdxmlPackage pkg) {
        List<ValidationProblem> problems = validate(pkg);
        if (!problems.isEmpty()) {
            throw new AxisException(AxisErrorCode.VALIDATION_FAILED, problems.stream()
                    .map(ValidationProblem::toString).collect(Collectors.joining("; ")), problems.get(0).field());
        }
    }

    private static void checkHeader(MessageHeader h, Problems p) {
        if (!p.required("MessageHeader", h)) {
            return;
        }
        p.organization("MessageHeader/From", h.from());
        checkRecipients(h.to(), p);
        checkDocumentId(h, p);
        if (p.required("MessageHeader/Code", h.code())) {
            p.required("MessageHeader/Code/CodeNumber", h.code().codeNumber());
            p.maxLength("MessageHeader/Code/CodeNumber", h.code().codeNumber(), 11);
            p.required("MessageHeader/Code/CodeNotation", h.code().codeNotation());
            p.maxLength("MessageHeader/Code/CodeNotation", h.code().codeNotation(), 30);
        }
        if (h.promulgationInfo() != null) {
            p.maxLength("MessageHeader/PromulgationInfo/Place", h.promulgationInfo().place(), 50);
            p.pastDate("MessageHeader/PromulgationInfo/PromulgationDate", h.promulgationInfo().promulgationDate());
        }
        if (h.documentType() != null) {
            p.maxLength("MessageHeader/DocumentType/TypeName", h.documentType().typeName(), 100);
        }
        p.required("MessageHeader/Subject", h.subject());
        p.maxLength("MessageHeader/Subject", h.subject(), 500);
        p.maxLength("MessageHeader/Content", h.content(), 500);
        p.date("MessageHeader/DueDate", h.dueDate());
        for (int i = 0; i < h.toPlaces().size(); i++) {
            p.maxLength("MessageHeader/ToPlaces/Place[" + (i + 1) + "]", h.toPlaces().get(i), 150);
        }
        checkOtherInfo(h.otherInfo(), p);
        for (int i = 0; i < h.responseFor().size(); i++) {
            p.documentId("MessageHeader/ResponseFor[" + (i + 1) + "]/DocumentId", h.responseFor().get(i).documentId());
        }
    }

    private static void checkRecipients(List<Organization> to, Problems p) {
        if (to.isEmpty()) {
            p.add("MessageHeader/To", ValidationProblem.REQUIRED, "at least one recipient (To) is required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < to.size(); i++) {
            String field = "MessageHeader/To[" + (i + 1) + "]";
            p.organization(field, to.get(i));
            String id = to.get(i) == null ? null : AgencyCode.normalize(to.get(i).organId());
            if (id != null && !id.isEmpty() && !seen.add(id)) {
                p.add(field + "/OrganId", ValidationProblem.DUPLICATE, "recipient " + id + " is listed twice");
            }
        }
    }

    private static void checkDocumentId(MessageHeader h, Problems p) {
        if (!p.required("MessageHeader/DocumentId", h.documentId())) {
            return;
        }
        DocumentId id = p.documentId("MessageHeader/DocumentId", h.documentId());
        String from = h.from() == null ? null : AgencyCode.normalize(h.from().organId());
        if (id != null && from != null && !id.issuer().value().equals(from)) {
            p.add("MessageHeader/DocumentId", ValidationProblem.MISMATCH,
                    "DocumentId issuer " + id.issuer() + " is not the sender " + from);
        }
    }

    private static void checkOtherInfo(OtherInfo o, Problems p) {
        if (o == null) {
            return;
        }
        if (o.priority() != null && !o.priority().isBlank() && !o.priority().strip().matches("[0-4]")) {
            p.add("MessageHeader/OtherInfo/Priority", ValidationProblem.FORMAT, "Priority must be 0 to 4");
        }
        p.maxLength("MessageHeader/OtherInfo/SphereOfPromulgation", o.sphereOfPromulgation(), 100);
        p.maxLength("MessageHeader/OtherInfo/TyperNotation", o.typerNotation(), 10);
    }

    private static void checkAttachments(EdxmlPackage pkg, Problems p) {
        Set<String> manifestIds = new HashSet<>();
        for (int i = 0; i < pkg.manifest().size(); i++) {
            ManifestReference r = pkg.manifest().get(i);
            String field = "edXMLManifest/Reference[" + (i + 1) + "]";
            if (p.required(field + "/ContentId", r.contentId()) && !manifestIds.add(r.contentId())) {
                p.add(field + "/ContentId", ValidationProblem.DUPLICATE, "content id " + r.contentId() + " is listed twice");
            }
            p.maxLength(field + "/AttachmentName", r.attachmentName(), 500);
        }
        Set<String> attachmentIds = new HashSet<>();
        for (int i = 0; i < pkg.attachments().size(); i++) {
            Attachment a = pkg.attachments().get(i);
            String field = "AttachmentEncoded/Attachment[" + (i + 1) + "]/ContentId";
            if (p.required(field, a.contentId()) && !attachmentIds.add(a.contentId())) {
                p.add(field, ValidationProblem.DUPLICATE, "content id " + a.contentId() + " is used twice");
            } else if (a.contentId() != null && !manifestIds.contains(a.contentId())) {
                p.add(field, ValidationProblem.MISMATCH, "attachment " + a.contentId() + " has no manifest Reference");
            }
        }
        for (int i = 0; i < pkg.manifest().size(); i++) {
            String id = pkg.manifest().get(i).contentId();
            if (id != null && !attachmentIds.contains(id)) {
                p.add("edXMLManifest/Reference[" + (i + 1) + "]/ContentId", ValidationProblem.MISMATCH,
                        "manifest Reference " + id + " has no attachment");
            }
        }
    }
}
