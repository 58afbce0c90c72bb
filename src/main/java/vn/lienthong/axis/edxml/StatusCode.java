package vn.lienthong.axis.edxml;

import java.util.Objects;
import java.util.Optional;

/**
 * A status code of a status package (mã trạng thái), kept as its wire value so unknown codes (e.g. {@code 07})
 * are stored and forwarded unchanged; {@link #known()} names the codes of QCVN 102.
 */
public record StatusCode(String value) {
    public static final StatusCode ARRIVED = new StatusCode("01");
    public static final StatusCode REJECTED = new StatusCode("02");
    public static final StatusCode ACCEPTED = new StatusCode("03");
    public static final StatusCode ASSIGNED = new StatusCode("04");
    public static final StatusCode PROCESSING = new StatusCode("05");
    public static final StatusCode FINISHED = new StatusCode("06");
    public static final StatusCode TAKE_BACK_REQUESTED = new StatusCode("13");
    public static final StatusCode CHANGE_ACCEPTED = new StatusCode("15");
    public static final StatusCode CHANGE_REJECTED = new StatusCode("16");

    /** The named codes. */
    public enum Known {
        /** 01 Đã đến. */
        ARRIVED("01"),
        /** 02 Từ chối tiếp nhận. */
        REJECTED("02"),
        /** 03 Tiếp nhận. */
        ACCEPTED("03"),
        /** 04 Phân công. */
        ASSIGNED("04"),
        /** 05 Đang xử lý. */
        PROCESSING("05"),
        /** 06 Hoàn thành. */
        FINISHED("06"),
        /** 13 Lấy lại: sent by the original sender. */
        TAKE_BACK_REQUESTED("13"),
        /** 15 Đồng ý cập nhật / lấy lại. */
        CHANGE_ACCEPTED("15"),
        /** 16 Từ chối cập nhật / lấy lại. */
        CHANGE_REJECTED("16");

        private final String code;

        Known(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public StatusCode {
        Objects.requireNonNull(value, "value");
    }

    /** The named meaning, or empty for a code outside the table (stored and forwarded as is). */
    public Optional<Known> known() {
        for (Known k : Known.values()) {
            if (k.code.equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True for code 13, which the original sender (not a recipient) sends. */
    public boolean isSentBySender() {
        return TAKE_BACK_REQUESTED.equals(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
