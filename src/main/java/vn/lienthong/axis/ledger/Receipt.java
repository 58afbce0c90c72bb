package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;
import java.util.List;

/** Biên nhận: the answer to an accepted package. A duplicate re-send gets the original receipt. */
public record Receipt(String axisId, String kind, String documentId, Integer businessType, String statusCode,
                      String sha256, long size, OffsetDateTime acceptedAt, boolean duplicate,
                      List<Recipient> recipients, Object verification) {

    public Receipt(String axisId, String kind, String documentId, Integer businessType, String statusCode,
                   String sha256, long size, OffsetDateTime acceptedAt, boolean duplicate, List<Recipient> recipients) {
        this(axisId, kind, documentId, businessType, statusCode, sha256, size, acceptedAt, duplicate, recipients, null);
    }

    /** The same receipt carrying the verification summary of this submission (JSON-serialisable). */
    public Receipt withVerification(Object summary) {
        return new Receipt(axisId, kind, documentId, businessType, statusCode, sha256, size, acceptedAt, duplicate,
                recipients, summary);
    }

    /** One recipient's copy. */
    public record Recipient(String organId, String route, String state) {}

    public Receipt asDuplicate() {
        return new Receipt(axisId, kind, documentId, businessType, statusCode, sha256, size, acceptedAt, true, recipients,
                verification);
    }
}
