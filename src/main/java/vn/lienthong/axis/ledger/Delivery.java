package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;

/** One copy of a package for one recipient. */
public record Delivery(long id, String axisId, String recipient, DeliveryRoute route, DeliveryState state,
                       int attempts, int generation, String lastError, String ackReason,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime fetchedAt,
                       OffsetDateTime completedAt) {}
