package vn.lienthong.axis.edxml;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * An agency identifier (mã định danh điện tử), e.g. {@code 000.00.00.G22}.
 * Accepted leniently (dot-separated groups of {@code 0-9A-Z}, at most 35 characters, upper-cased and
 * trimmed); {@link #isStrictQcvn102()} classifies the original QCVN 102:2016 shape without refusing others.
 */
public record AgencyCode(String value) {
    /** Maximum length allowed by QĐ 20/2020/QĐ-TTg. */
    public static final int MAX_LENGTH = 35;
    private static final Pattern LENIENT = Pattern.compile("^[0-9A-Z]+(\\.[0-9A-Z]+)*$");
    private static final Pattern QCVN_102 = Pattern.compile("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}$");
    private static final Pattern LEVEL_ONE = Pattern.compile("^[A-Z][0-9]{2}$");

    public AgencyCode {
        if (value == null || !isAcceptable(value)) {
            throw new AxisException(AxisErrorCode.INVALID_AGENCY_CODE,
                    "agency code '" + printable(value) + "' must be dot-separated groups of 0-9 and A-Z, at most "
                            + MAX_LENGTH + " characters");
        }
    }

    /** Parses a code as real traffic carries it: trims surrounding blanks and upper-cases it. */
    public static AgencyCode parse(String raw) {
        return new AgencyCode(normalize(raw));
    }

    /** True if {@code raw}, trimmed and upper-cased, is an acceptable agency code. */
    public static boolean isValid(String raw) {
        String n = normalize(raw);
        return n != null && isAcceptable(n);
    }

    /** The code as compared and routed: trimmed and upper-cased (null stays null). */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isAcceptable(String v) {
        return v.length() <= MAX_LENGTH && LENIENT.matcher(v).matches();
    }

    /** True for the strict QCVN 102:2016 shape {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.00.H49}. */
    public boolean isStrictQcvn102() {
        return QCVN_102.matcher(value).matches();
    }

    /** True when the leftmost group is a level-1 code ({@code H37.DN.001}): the QĐ 20/2020 shape. */
    public boolean isQd20() {
        return !isStrictQcvn102() && LEVEL_ONE.matcher(groups()[0]).matches();
    }

    /**
     * The level-1 unit code ({@code G22}, {@code H49}): the last group for QCVN 102 codes, the first group for
     * QĐ 20 codes, otherwise the last group that looks like one; null if none does.
     */
    public String levelOneCode() {
        String[] g = groups();
        if (isStrictQcvn102()) {
            return g[3];
        }
        if (isQd20()) {
            return g[0];
        }
        for (int i = g.length - 1; i >= 0; i--) {
            if (LEVEL_ONE.matcher(g[i]).matches()) {
                return g[i];
            }
        }
        return null;
    }

    private String[] groups() {
        return value.split("\\.");
    }

    private static String printable(String v) {
        if (v == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        v.codePoints().limit(60).forEach(c -> b.append(Character.isISOControl(c) ? "\\u" + Integer.toHexString(c) : Character.toString(c)));
        return b.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
