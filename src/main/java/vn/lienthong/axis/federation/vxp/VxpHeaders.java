package vn.lienthong.axis.federation.vxp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The national axis SDK's request signing (spec §4.2): every logical header {@code k: v} travels as
 * HTTP header {@code XroadVnpt-k}; {@code XroadVnpt-sign-header} is a compact JSON object of those
 * headers, {@code XroadVnpt-sign-header-key} their names joined by ';', and
 * {@code XroadVnpt-hash-header} the lowercase hex HMAC-SHA256 of the sign-header string.
 */
public final class VxpHeaders {
    public static final String PREFIX = "XroadVnpt-";
    public static final String SIGN_HEADER = PREFIX + "sign-header";
    public static final String SIGN_HEADER_KEY = PREFIX + "sign-header-key";
    public static final String HASH_HEADER = PREFIX + "hash-header";
    public static final String SYSTEM_ID = "systemid";
    public static final String TIMESTAMP = "timestamp";
    public static final String HASH_FILE = "hash-file";
    /** The operation a request was signed for (signed by this axis's client; optional for the SDK). */
    public static final String SERVICE_CODE = "servicecode";
    public static final String VERSION = "3.0.201608";
    public static final String USER_AGENT = "JAVASDKAgent/1.0.0 XRoad/VPCP";

    private static final ObjectMapper JSON = new ObjectMapper();

    private VxpHeaders() {}

    /**
     * Client side: the HTTP headers for the given logical headers (insertion order kept), signed
     * with {@code secret}. Includes the raw {@code Content-Type} when a logical one is given.
     */
    public static Map<String, String> sign(Map<String, String> logical, String secret) {
        Map<String, String> signed = new LinkedHashMap<>();
        logical.forEach((k, v) -> signed.put(PREFIX + k, v));
        String signHeader = toJson(signed);
        Map<String, String> http = new LinkedHashMap<>(signed);
        if (logical.containsKey("Content-Type")) {
            http.put("Content-Type", logical.get("Content-Type"));
        }
        http.put("XroadVnpt-version", VERSION);
        http.put(SIGN_HEADER_KEY, String.join(";", logical.keySet()));
        http.put(SIGN_HEADER, signHeader);
        http.put(HASH_HEADER, hmacHex(secret, signHeader));
        return http;
    }

    /** Lowercase hex HMAC-SHA256 with the secret's UTF-8 bytes as key. */
    public static String hmacHex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "HMAC-SHA256 unavailable: " + e.getMessage());
        }
    }

    private static String toJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot render VXP sign-header: " + e.getMessage());
        }
    }
}
