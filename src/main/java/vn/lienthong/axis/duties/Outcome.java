package vn.lienthong.axis.duties;

import java.util.Locale;

/** Where one duty stands at the time of the report. */
public enum Outcome {
    /** Done by its deadline. */
    MET,
    /** Done after its deadline. */
    LATE,
    /** Not done, deadline not passed. */
    OPEN,
    /** Not done, deadline passed. */
    OVERDUE;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }
}
