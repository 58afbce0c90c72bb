package vn.lienthong.axis.ledger;

import java.time.OffsetDateTime;

/** One line of a package's history: a state change, a delivery attempt, a status, an operator action. */
public record LedgerEvent(long id, String axisId, Long deliveryId, OffsetDateTime at, String type, String state,
                          String detail) {}
