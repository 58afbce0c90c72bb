package vn.lienthong.axis.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.edxml.Attachment;
import vn.lienthong.axis.edxml.BusinessType;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.StatusMessage;
import vn.lienthong.axis.edxml.ValidationProblem;

/** The JSON view {@code package inspect} prints. For a status, {@code documentId} and {@code to} come from ResponseFor. */
final class PackageSummary {
    private PackageSummary() {}

    static Map<String, Object> of(EdxmlPackage pkg, List<ValidationProblem> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", PackageInspectCommand.lower(pkg.kind()));
        if (pkg.kind() == EdxmlPackage.Kind.STATUS) {
            StatusMessage s = pkg.status();
            m.put("businessType", null);
            m.put("documentId", s.responseFor() == null ? null : s.responseFor().documentId());
            m.put("from", pkg.fromOrganId());
            m.put("to", s.responseFor() == null ? List.of() : List.of(s.responseFor().organId()));
            m.put("subject", s.description());
            m.put("statusCode", s.statusCode() == null ? null : s.statusCode().value());
        } else {
            m.put("businessType", pkg.businessType().map(BusinessType::name)
                    .orElseGet(() -> pkg.trace().business().docType()));
            m.put("documentId", pkg.header().documentId());
            m.put("from", pkg.fromOrganId());
            m.put("to", pkg.header().to().stream().map(o -> o == null ? null : o.organId()).toList());
            m.put("subject", pkg.header().subject());
        }
        m.put("attachments", pkg.attachments().stream().map(PackageSummary::attachment).toList());
        m.put("signed", pkg.signed());
        m.put("problems", problems.stream().map(PackageSummary::problem).toList());
        return m;
    }

    private static Map<String, Object> attachment(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contentId", a.contentId());
        m.put("name", a.name());
        m.put("contentType", a.contentType());
        m.put("zipEntryName", a.zipEntryName());
        m.put("size", a.size());
        m.put("sha256", a.sha256());
        return m;
    }

    private static Map<String, Object> problem(ValidationProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", p.field());
        m.put("rule", p.rule());
        m.put("message", p.message());
        return m;
    }
}
