package vn.lienthong.axis.federation.vxp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Server side of the SDK's request signing: finds the client system's secret by
 * {@code XroadVnpt-systemid}, recomputes the HMAC over the received sign-header string, checks that
 * every signed header equals the header actually sent, and the signed timestamp (not older than the
 * age window, not later than now + the clock skew). An unknown systemId and a wrong HMAC get the same
 * answer. Callers read logical values only from {@link Caller#signed()}, never from unsigned headers.
 */
public final class VxpRequestVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Finds a client system's shared secret. */
    @FunctionalInterface
    public interface SecretLookup {
        Optional<String> secretOf(String systemId);
    }

    /** An authenticated caller: its systemId and its signed logical headers (names without prefix, lower-case). */
    public record Caller(String systemId, Map<String, String> signed) {
        public Optional<String> value(String logicalName) {
            return Optional.ofNullable(signed.get(logicalName.toLowerCase(Locale.ROOT)));
        }
    }

    /** The default tolerance for a client clock ahead of ours. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);
    /**
     * One answer for an unknown systemId and a wrong HMAC, so that system ids cannot be enumerated.
     */
    public static final String NOT_VERIFIED = "XroadVnpt-hash-header is not the HMAC-SHA256 of XroadVnpt-sign-header"
            + " with the secret of this XroadVnpt-systemid (unknown system or wrong secret)";
    private static final String NO_SECRET = "no-such-system-" + "0".repeat(48);

    private final SecretLookup secrets;
    private final Duration maxAge;
    private final Duration clockSkew;
    private final Clock clock;

    /** Age window {@code freshness} and the default clock skew. */
    public VxpRequestVerifier(SecretLookup secrets, Duration freshness, Clock clock) {
        this(secrets, freshness, DEFAULT_CLOCK_SKEW, clock);
    }

    /**
     * @param maxAge    accepted age of the signed timestamp; zero or negative disables the age check
     * @param clockSkew how far the signed timestamp may be ahead of now (always checked)
     */
    public VxpRequestVerifier(SecretLookup secrets, Duration maxAge, Duration clockSkew, Clock clock) {
        this.secrets = secrets;
        this.maxAge = maxAge;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** @param header HTTP header lookup by name, case-insensitive; null when absent */
    public Caller verify(Function<String, String> header) {
        String systemId = required(header, VxpHeaders.PREFIX + VxpHeaders.SYSTEM_ID);
        String signHeader = required(header, VxpHeaders.SIGN_HEADER);
        String hash = required(header, VxpHeaders.HASH_HEADER).toLowerCase(Locale.ROOT);
        Optional<String> secret = secrets.secretOf(systemId);
        // The HMAC is computed for an unknown system too, so both refusals take the same time.
        String expected = VxpHeaders.hmacHex(secret.orElse(NO_SECRET), signHeader);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
        if (secret.isEmpty() || !matches) {
            throw refuse(NOT_VERIFIED);
        }
        Map<String, String> signed = signedHeaders(signHeader, header);
        if (!systemId.equals(signed.get(VxpHeaders.SYSTEM_ID))) {
            throw refuse("XroadVnpt-systemid is not among the signed headers");
        }
        checkTimestamp(signed.get(VxpHeaders.TIMESTAMP));
        return new Caller(systemId, signed);
    }

    /** Checks the signed {@code hash-file} against the SHA-256 (hex) of the received body. */
    public static void checkBodyHash(Caller caller, String bodySha256Hex) {
        String declared = caller.value(VxpHeaders.HASH_FILE).orElseThrow(() -> new AxisException(
                AxisErrorCode.BAD_REQUEST, "XroadVnpt-hash-file must be signed for uploads", "XroadVnpt-hash-file"));
        if (!declared.equalsIgnoreCase(bodySha256Hex)) {
            throw new AxisException(AxisErrorCode.CONTENT_HASH_MISMATCH,
                    "XroadVnpt-hash-file " + declared + " differs from the body's SHA-256 " + bodySha256Hex,
                    "XroadVnpt-hash-file");
        }
    }

    private Map<String, String> signedHeaders(String signHeader, Function<String, String> header) {
        JsonNode node;
        try {
            node = JSON.readTree(signHeader);
        } catch (IOException e) {
            throw refuse("XroadVnpt-sign-header is not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw refuse("XroadVnpt-sign-header is not a JSON object");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            String actual = header.apply(name);
            if (actual == null || !actual.equals(value)) {
                throw refuse("signed header " + name + " does not match the header sent");
            }
            String logical = name.regionMatches(true, 0, VxpHeaders.PREFIX, 0, VxpHeaders.PREFIX.length())
                    ? name.substring(VxpHeaders.PREFIX.length()) : name;
            signed.put(logical.toLowerCase(Locale.ROOT), value);
        }
        return signed;
    }

    /** The signed timestamp: never later than now + clock skew; not older than the age window (if any). */
    private void checkTimestamp(String timestamp) {
        ZonedDateTime at = VxpTimestamp.parse(timestamp).orElseThrow(() -> refuse(
                "the signed XroadVnpt-timestamp is missing or not in ddMMyyyy'T'HHmmss form"));
        Instant now = Instant.now(clock);
        if (at.toInstant().isAfter(now.plus(clockSkew))) {
            throw refuse("XroadVnpt-timestamp is in the future, beyond the accepted clock skew of " + clockSkew);
        }
        if (!maxAge.isZero() && !maxAge.isNegative() && Duration.between(at.toInstant(), now).compareTo(maxAge) > 0) {
            throw refuse("XroadVnpt-timestamp is outside the accepted window of " + maxAge);
        }
    }

    private static String required(Function<String, String> header, String name) {
        String v = header.apply(name);
        if (v == null || v.isBlank()) {
            throw refuse(name + " is missing");
        }
        return v.trim();
    }

    private static AxisException refuse(String detail) {
        return new AxisException(AxisErrorCode.UNAUTHENTICATED, detail);
    }
}
