package vn.lienthong.axis.federation.vxp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The national axis's JSON answer: {@code status} OK/FAIL, {@code ErrorCode} ("0" on success),
 * {@code ErrorDesc}, and {@code data}, {@code DocId} or {@code count} depending on the call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VxpEnvelope(
        @JsonProperty("status") String status,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("ErrorDesc") String errorDesc,
        @JsonProperty("data") JsonNode data,
        @JsonProperty("DocId") String docId,
        @JsonProperty("count") Long count) {

    public static final String OK = "OK";
    public static final String FAIL = "FAIL";

    public static VxpEnvelope ok(String desc, JsonNode data) {
        return new VxpEnvelope(OK, "0", desc, data, null, null);
    }

    public static VxpEnvelope sent(String docId) {
        return new VxpEnvelope(OK, "0", "Gửi thành công", null, docId, null);
    }

    public static VxpEnvelope counted(long count) {
        return new VxpEnvelope(OK, "0", "OK", null, null, count);
    }

    /** A refusal: ErrorCode is the catalogue's VXP code, ErrorDesc names the stable code and the reason. */
    public static VxpEnvelope fail(AxisErrorCode code, String detail) {
        return new VxpEnvelope(FAIL, code.vxpCode(), code.wireName() + ": " + detail, null, null, null);
    }

    /** A refusal for {@code e}: ErrorDesc is {@code CODE: detail [field]}. */
    public static VxpEnvelope fail(AxisException e) {
        return fail(e.code(), e.detail() + (e.field() == null ? "" : " [" + e.field() + "]"));
    }

    public boolean succeeded() {
        return OK.equalsIgnoreCase(status) && (errorCode == null || "0".equals(errorCode));
    }
}
