package vn.lienthong.axis.edxml;

/**
 * One broken field rule: the field path ({@code MessageHeader/To[2]/OrganId}), a stable rule name
 * ({@code required}, {@code format}, {@code future-date}, {@code duplicate}, {@code mismatch}, {@code max-length})
 * and a message an integrator can act on.
 */
public record ValidationProblem(String field, String rule, String message) {
    public static final String REQUIRED = "required";
    public static final String FORMAT = "format";
    public static final String FUTURE_DATE = "future-date";
    public static final String DUPLICATE = "duplicate";
    public static final String MISMATCH = "mismatch";
    public static final String MAX_LENGTH = "max-length";

    @Override
    public String toString() {
        return field + ": " + rule + ": " + message;
    }
}
