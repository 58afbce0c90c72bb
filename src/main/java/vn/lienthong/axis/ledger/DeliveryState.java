package vn.lienthong.axis.ledger;

import java.util.Locale;
import java.util.Set;

/** Where one copy stands. Transitions are conditional updates, so consumers stay idempotent. */
public enum DeliveryState {
    /** Committed, a queue message is (or will be, by the recovery sweep) on its way. */
    QUEUED,
    /** In the recipient's mailbox, not yet acknowledged. */
    AVAILABLE,
    /** Pushed to the recipient's endpoint, which answered 2xx. */
    DELIVERED,
    /** A push attempt failed; the broker redelivers with backoff. */
    RETRYING,
    /** Waiting for the federation connector (upstream or peer axis). */
    WAITING_UPSTREAM,
    /** Attempts exhausted; an operator may requeue it. */
    DEAD,
    /** Withdrawn by a revoke before the recipient fetched it. */
    REVOKED,
    /** The recipient acknowledged it as done. */
    ACKED,
    /** The recipient acknowledged it as failed (reason visible to the sender). */
    FAILED,
    /** Not routable; never queued. */
    UNROUTABLE;

    /** Copies that have not reached the recipient's hands yet. */
    public static final Set<DeliveryState> PENDING = Set.of(QUEUED, AVAILABLE, RETRYING, WAITING_UPSTREAM, DEAD);

    public String wireName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static DeliveryState fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
