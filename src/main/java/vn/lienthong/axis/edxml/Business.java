package vn.lienthong.axis.edxml;

import java.util.List;
import java.util.Optional;

/**
 * The business block ({@code Bussiness}, also read as {@code Business}): business type, reason, paper flag,
 * clerk, and the update or replacement details. {@code docType} is kept as sent.
 */
public record Business(String documentId, String docType, String docReason, String paper, StaffInfo staffInfo,
                       BusinessDocumentInfo documentInfo, List<ReplacementInfo> replacements) {
    public Business {
        replacements = Lists.copy(replacements);
    }

    /** A business block of the given type and reason. */
    public static Business of(BusinessType type, String reason) {
        return new Business(null, type.code(), reason, "0", null, null, List.of());
    }

    /** The business type; empty if {@code docType} is outside 0–3; NEW if it is missing. */
    public Optional<BusinessType> type() {
        return docType == null ? Optional.of(BusinessType.NEW) : BusinessType.fromCode(docType);
    }
}
