package vn.lienthong.axis.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline needs to know about an accepted (parsed and verified) package. The intake
 * inspector produces it; the ledger never looks inside the bytes.
 *
 * @param kind                  document or status
 * @param from                  From/OrganId, the sending agency
 * @param recipients            To/OrganId codes (documents); empty for statuses (routed to the original sender)
 * @param documentId            MessageHeader/DocumentId (documents), or null for statuses
 * @param businessType          BussinessDocType 0 new, 1 revoke, 2 update, 3 replace (documents)
 * @param statusCode            StatusCode (statuses), e.g. "03"
 * @param responseForDocumentId ResponseFor/DocumentId: the document a status, revoke, update or replace is about
 * @param responseForOrganId    ResponseFor/OrganId: the original sender (status), the recipient asked (code 13)
 * @param subject               Subject, for mailbox listings
 * @param sha256                SHA-256 of the original bytes, lower-case hex
 * @param size                  size of the original bytes
 * @param dueDate               MessageHeader/DueDate (documents), or null
 */
public record PackageFacts(PackageKind kind, String from, List<String> recipients, String documentId,
                           int businessType, String statusCode, String responseForDocumentId,
                           String responseForOrganId, String subject, String sha256, long size,
                           LocalDate dueDate) {

    public static final int NEW = 0;
    public static final int REVOKE = 1;
    public static final int UPDATE = 2;
    public static final int REPLACE = 3;
    /** Trả lại: the sender asks a recipient to give the document back. */
    public static final String STATUS_TAKE_BACK = "13";
    /** Đang xử lý: may repeat. */
    public static final String STATUS_PROCESSING = "05";

    public PackageFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sha256, "sha256");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static PackageFacts document(String from, List<String> to, String documentId, int businessType,
                                        String responseForDocumentId, String subject, String sha256, long size,
                                        LocalDate dueDate) {
        return new PackageFacts(PackageKind.DOCUMENT, from, to, documentId, businessType, null,
                responseForDocumentId, null, subject, sha256, size, dueDate);
    }

    public static PackageFacts status(String from, String statusCode, String responseForDocumentId,
                                      String responseForOrganId, String sha256, long size) {
        return new PackageFacts(PackageKind.STATUS, from, List.of(), null, NEW, statusCode,
                responseForDocumentId, responseForOrganId, null, sha256, size, null);
    }

    /** The intake idempotency key: (From, DocumentId, business type) for documents; for statuses
     * (From, ResponseFor/DocumentId, StatusCode), plus the hash for code 05 which may repeat. */
    public String intakeKey() {
        if (kind == PackageKind.DOCUMENT) {
            return "D|" + from + "|" + documentId + "|" + businessType;
        }
        String key = "S|" + from + "|" + responseForDocumentId + "|" + statusCode;
        return STATUS_PROCESSING.equals(statusCode) ? key + "|" + sha256 : key;
    }
}
