package vn.lienthong.axis.edxml;

import java.util.List;

/** The document metadata ({@code MessageHeader}) of a document package, every field of QCVN 102 §1.3. */
public record MessageHeader(Organization from, List<Organization> to, String documentId, DocumentCode code,
                            PromulgationInfo promulgationInfo, DocumentType documentType, String subject,
                            String content, SignerInfo signerInfo, String dueDate, List<String> toPlaces,
                            OtherInfo otherInfo, List<ResponseFor> responseFor, String steeringType,
                            List<String> responseForTask, String applicationType) {
    public MessageHeader {
        to = Lists.copy(to);
        toPlaces = Lists.copy(toPlaces);
        responseFor = Lists.copy(responseFor);
        responseForTask = Lists.copy(responseForTask);
    }

    /** DueDate as a date ({@code yyyy/MM/dd}), or null when absent or not a date. */
    public java.time.LocalDate dueDateValue() {
        if (dueDate == null || dueDate.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(dueDate.strip(), DocumentId.DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The recipients' agency codes, as sent. */
    public List<String> recipientIds() {
        return to.stream().map(Organization::organId).toList();
    }
}
