package vn.lienthong.axis.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A package row of the ledger ({@code dueDate}: the document's DueDate, or null). */
public record StoredPackage(String axisId, PackageKind kind, String from, String documentId, Integer businessType,
                            String statusCode, String responseForDocumentId, String responseForOrganId,
                            String relatedAxisId, String subject, String sha256, long size, String blobKey,
                            String api, String clientId, OffsetDateTime receivedAt, LocalDate dueDate) {}
