package vn.lienthong.axis.directory;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Quy tắc định tuyến: agency codes matching {@code pattern} (exact, or with {@code *} standing for
 * any run of code characters, e.g. {@code *.G22}, {@code 000.00.*.H41}) are reached through
 * {@code target}: {@code upstream} (the national axis) or {@code peer:<name>} (another axis).
 */
public record RouteRule(String pattern, String target) {
    public static final String UPSTREAM = "upstream";
    public static final String PEER_PREFIX = "peer:";
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9.*]{1,35}");

    public RouteRule {
        pattern = pattern == null ? "" : pattern.trim().toUpperCase(Locale.ROOT);
        target = target == null ? "" : target.trim();
        if (!SHAPE.matcher(pattern).matches()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "pattern must be an agency code of A-Z, 0-9 and '.',"
                    + " with '*' for any run of characters, at most 35 long: '" + pattern + "'", "pattern");
        }
        if (!target.equals(UPSTREAM) && !(target.startsWith(PEER_PREFIX) && target.length() > PEER_PREFIX.length())) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "target must be 'upstream' or 'peer:<name>', not '"
                    + target + "'", "target");
        }
    }

    public boolean exact() {
        return pattern.indexOf('*') < 0;
    }

    public boolean matches(String code) {
        if (exact()) {
            return pattern.equals(code);
        }
        return regex().matcher(code).matches();
    }

    /** Higher is more specific: an exact code beats any pattern; then more literal characters, fewer wildcards. */
    public int specificity() {
        if (exact()) {
            return Integer.MAX_VALUE;
        }
        int wildcards = (int) pattern.chars().filter(c -> c == '*').count();
        return (pattern.length() - wildcards) * 16 - wildcards;
    }

    /** The peer's name for a {@code peer:<name>} target, else null. */
    public String peerName() {
        return target.startsWith(PEER_PREFIX) ? target.substring(PEER_PREFIX.length()) : null;
    }

    /** The pattern as a regular expression over the whole code ({@code *}: one or more code characters). */
    Pattern regex() {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            re.append(i == 0 ? "" : "[A-Z0-9.]+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }
}
