package vn.lienthong.axis.error;

import java.util.Objects;

/** A refusal or failure with a catalogue code, a detail an integrator can act on, and the field at fault. */
public class AxisException extends RuntimeException {
    private final AxisErrorCode code;
    private final String field;

    public AxisException(AxisErrorCode code, String detail) {
        this(code, detail, null, null);
    }

    public AxisException(AxisErrorCode code, String detail, String field) {
        this(code, detail, field, null);
    }

    public AxisException(AxisErrorCode code, String detail, String field, Throwable cause) {
        super(code.wireName() + ": " + detail, cause);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public AxisErrorCode code() { return code; }

    /** The field path at fault (e.g. {@code MessageHeader/From/OrganId}), or null. */
    public String field() { return field; }

    /** The detail without the code prefix. */
    public String detail() {
        String m = getMessage();
        return m.substring(code.wireName().length() + 2);
    }
}
