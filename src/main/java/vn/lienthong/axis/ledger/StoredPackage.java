package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;

/** A package row of the ledger. */
public record StoredPackage(String axisId, PackageKind kind, String from, String documentId, Integer businessType,
                            String statusCode, String responseForDocumentId, String responseForOrganId,
                            String relatedAxisId, String subject, String sha256, long size, String blobKey,
                            String api, String clientId, OffsetDateTime receivedAt) {}
