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

    /** The recipients' agency codes, as sent. */
    public List<String> recipientIds() {
        return to.stream().map(Organization::organId).toList();
    }
}
