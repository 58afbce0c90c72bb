package vn.lienthong.axis.edxml;

import java.util.Optional;

/** Rules of the routing trace and the business block: known type, revoke needs ResponseFor, replace needs a list. */
final class BusinessRules {
    private static final String BUSINESS = "TraceHeaderList/Bussiness";

    private BusinessRules() {}

    static void check(EdxmlPackage pkg, Problems p) {
        TraceHeaderList trace = pkg.trace();
        if (trace != null) {
            for (int i = 0; i < trace.traceHeaders().size(); i++) {
                TraceHeader h = trace.traceHeaders().get(i);
                String field = "TraceHeaderList/TraceHeader[" + (i + 1) + "]";
                p.agencyCode(field + "/OrganId", h.organId());
                p.timestamp(field + "/Timestamp", h.timestamp());
            }
        }
        Business b = trace == null ? null : trace.business();
        Optional<BusinessType> type = pkg.businessType();
        if (type.isEmpty()) {
            p.add(BUSINESS + "/BussinessDocType", ValidationProblem.FORMAT,
                    "BussinessDocType '" + b.docType() + "' must be 0 (new), 1 (revoke), 2 (update) or 3 (replace)");
            return;
        }
        switch (type.get()) {
            case REVOKE -> {
                if (pkg.header() != null && pkg.header().responseFor().isEmpty()) {
                    p.add("MessageHeader/ResponseFor", ValidationProblem.REQUIRED,
                            "a revoke package (type 1) must name the revoked document in ResponseFor");
                }
            }
            case UPDATE -> {
                if (b.documentInfo() == null) {
                    p.add(BUSINESS + "/BussinessDocumentInfo", ValidationProblem.REQUIRED,
                            "an update package (type 2) must say what changed in BussinessDocumentInfo");
                }
            }
            case REPLACE -> checkReplacements(b, p);
            case NEW -> { }
        }
        if (b != null) {
            p.documentId(BUSINESS + "/DocumentId", b.documentId());
        }
    }

    private static void checkReplacements(Business b, Problems p) {
        if (b.replacements().isEmpty()) {
            p.add(BUSINESS + "/ReplacementInfoList", ValidationProblem.REQUIRED,
                    "a replace package (type 3) must list the replaced documents in ReplacementInfoList");
        }
        for (int i = 0; i < b.replacements().size(); i++) {
            String field = BUSINESS + "/ReplacementInfoList/ReplacementInfo[" + (i + 1) + "]";
            ReplacementInfo r = b.replacements().get(i);
            if (p.required(field + "/DocumentId", r.documentId())) {
                p.documentId(field + "/DocumentId", r.documentId());
            }
            for (int j = 0; j < r.organIds().size(); j++) {
                p.agencyCode(field + "/OrganIdList/OrganId[" + (j + 1) + "]", r.organIds().get(j));
            }
        }
    }
}
