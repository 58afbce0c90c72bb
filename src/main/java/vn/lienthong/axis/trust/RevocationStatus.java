package vn.lienthong.axis.trust;

import java.time.Instant;

/**
 * The revocation status of one certificate, where it came from and how long it is fresh.
 *
 * @param state GOOD, REVOKED, UNAVAILABLE (no fresh status obtainable) or NOT_CHECKED
 * @param source where the answer came from
 * @param thisUpdate when the source produced it (null if none)
 * @param nextUpdate until when it is fresh (null if none)
 * @param revocationTime when the certificate was revoked (REVOKED only)
 * @param detail human-readable explanation (URL, failure reasons)
 */
public record RevocationStatus(State state, Source source, Instant thisUpdate, Instant nextUpdate,
                               Instant revocationTime, String detail) {

    /** The status itself. */
    public enum State { GOOD, REVOKED, UNAVAILABLE, NOT_CHECKED }

    /** Where it came from. */
    public enum Source { CRL, OCSP, CACHE, OFF, NONE }

    public static RevocationStatus good(Source source, Instant thisUpdate, Instant nextUpdate, String detail) {
        return new RevocationStatus(State.GOOD, source, thisUpdate, nextUpdate, null, detail);
    }

    public static RevocationStatus revoked(Source source, Instant thisUpdate, Instant nextUpdate,
                                           Instant revocationTime, String detail) {
        return new RevocationStatus(State.REVOKED, source, thisUpdate, nextUpdate, revocationTime, detail);
    }

    public static RevocationStatus unavailable(String detail) {
        return new RevocationStatus(State.UNAVAILABLE, Source.NONE, null, null, null, detail);
    }

    public static RevocationStatus notChecked(Source source, String detail) {
        return new RevocationStatus(State.NOT_CHECKED, source, null, null, null, detail);
    }

    /** The same status, as served from the cache. */
    public RevocationStatus fromCache() {
        return new RevocationStatus(state, Source.CACHE, thisUpdate, nextUpdate, revocationTime,
                "cached " + source + " answer: " + detail);
    }
}
