package vn.lienthong.axis.edxml;

/** An organisation block ({@code From}, {@code To}, status {@code From}): the agency and its contact data. */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {
    /** A block with only the agency code and name. */
    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
