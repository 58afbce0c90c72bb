package vn.lienthong.axis.edxml;

import java.util.Optional;

/** The business type of a document package ({@code BussinessDocType}); a package without a business block is NEW. */
public enum BusinessType {
    /** Văn bản điện tử mới. */
    NEW("0"),
    /** Thu hồi: withdraws the document named by {@code MessageHeader/ResponseFor}. */
    REVOKE("1"),
    /** Cập nhật: {@code BussinessDocumentInfo} says what changed. */
    UPDATE("2"),
    /** Thay thế: {@code ReplacementInfoList} names the replaced documents. */
    REPLACE("3");

    private final String code;

    BusinessType(String code) {
        this.code = code;
    }

    /** The wire value of {@code BussinessDocType}. */
    public String code() {
        return code;
    }

    /** The type for a wire value; empty for values outside 0–3. */
    public static Optional<BusinessType> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        for (BusinessType t : values()) {
            if (t.code.equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
