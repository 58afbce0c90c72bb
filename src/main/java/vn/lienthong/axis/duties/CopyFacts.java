package vn.lienthong.axis.duties;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the ledger knows of one copy delivered to a local unit, for the duty report.
 *
 * @param availableAt  when the copy became available (the AVAILABLE/DELIVERED transition, else its creation)
 * @param receivedAt   first fetch by the DMS (pull) or the successful push; null if not yet
 * @param arrivedAt    first status of any code from the recipient about the document
 * @param registeredAt first status 02, 03 or 06 from the recipient
 * @param completedAt  first status 06 from the recipient
 * @param dueDate      the document's DueDate, or null
 */
public record CopyFacts(String axisId, String documentId, String sender, String recipient, long deliveryId,
                        Instant availableAt, Instant receivedAt, Instant arrivedAt, Instant registeredAt,
                        Instant completedAt, LocalDate dueDate) {}
