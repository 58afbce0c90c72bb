package vn.lienthong.axis.edxml;

/** Rules of a status package: From, ResponseFor (with OrganId and DocumentId) and a two-digit StatusCode. */
final class StatusRules {
    private StatusRules() {}

    static void check(StatusMessage s, Problems p) {
        if (!p.required("MessageHeader", s)) {
            return;
        }
        p.organization("MessageHeader/From", s.from());
        if (p.required("MessageHeader/ResponseFor", s.responseFor())) {
            ResponseFor r = s.responseFor();
            p.agencyCode("MessageHeader/ResponseFor/OrganId", r.organId());
            if (p.required("MessageHeader/ResponseFor/DocumentId", r.documentId())) {
                p.documentId("MessageHeader/ResponseFor/DocumentId", r.documentId());
            }
            p.date("MessageHeader/ResponseFor/PromulgationDate", r.promulgationDate());
        }
        if (p.required("MessageHeader/StatusCode", s.statusCode()) && !s.statusCode().value().matches("[0-9]{2}")) {
            p.add("MessageHeader/StatusCode", ValidationProblem.FORMAT,
                    "StatusCode '" + s.statusCode().value() + "' must be two digits, e.g. 03");
        }
        p.timestamp("MessageHeader/Timestamp", s.timestamp());
    }
}
