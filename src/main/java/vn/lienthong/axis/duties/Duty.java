package vn.lienthong.axis.duties;

import java.util.Locale;

/** What a receiving unit owes for one copy (Decree 30/2020 Art. 21(2); issue 13 §4). */
public enum Duty {
    /** The DMS fetched the copy (or the axis pushed it to the DMS). */
    RECEIVED,
    /** Status 01 (or any later status) sent back to the sender. */
    ARRIVED,
    /** Status 03 accepted/registered, or 02 refused/returned, or 06 done. */
    REGISTERED,
    /** Status 06 done, by the document's DueDate (only when it carries one). */
    COMPLETED;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }
}
