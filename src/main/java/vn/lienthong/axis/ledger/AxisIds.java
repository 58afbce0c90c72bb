package vn.lienthong.axis.ledger;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New axis ids: time-ordered UUIDs (version 7, RFC 9562: 48 bits of Unix milliseconds, then 74 random
 * bits from {@link SecureRandom}). A package row and its index entries keyed by the id land beside the
 * previous package's instead of on a random page of each B-tree, which is what every commit writes.
 */
public final class AxisIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AxisIds() {}

    public static String next() {
        return next(System.currentTimeMillis());
    }

    static String next(long unixMillis) {
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        long randA = ((r[0] & 0xFFL) << 8 | (r[1] & 0xFFL)) & 0x0FFFL;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = randB << 8 | (r[i] & 0xFFL);
        }
        long msb = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randA;
        long lsb = randB & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
