package vn.lienthong.axis.bench;

import java.util.Arrays;

/** Small arithmetic for figures: rates and percentiles. */
final class Rate {
    private Rate() {}

    static double perSecond(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** p in [0,100] of the sorted copy of {@code millis}. */
    static double percentile(double[] millis, double p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, i))]);
    }
}
