package vn.lienthong.axis.federation.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class VxpRequestVerifierTest {
    private static final Instant NOW = Instant.parse("2025-06-02T02:15:00Z");
    private static final String SECRET = "sample-vxp-secret";
    private static final String BODY_HASH = "a".repeat(64);

    private final VxpRequestVerifier verifier = new VxpRequestVerifier(
            id -> "vxp.sample.01".equals(id) ? Optional.of(SECRET) : Optional.empty(),
            Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC));

    private static Map<String, String> logical(ZonedDateTime at) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timestamp", VxpTimestamp.format(at));
        m.put("systemid", "vxp.sample.01");
        m.put("Content-Type", "application/octet-stream");
        m.put("from", "000.00.01.H99");
        m.put("servicetype", "eDoc");
        m.put("messagetype", "edoc");
        m.put("hash-file", BODY_HASH);
        return m;
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        m.putAll(headers);
        return m;
    }

    private static Map<String, String> signedRequest(String secret) {
        return caseInsensitive(VxpHeaders.sign(logical(NOW.atZone(ZoneOffset.UTC)), secret));
    }

    @Test
    void givenHeadersSignedAsTheSdkDoes_thenCallerAndSignedValuesAreReturned() {
        var caller = verifier.verify(signedRequest(SECRET)::get);
        assertThat(caller.systemId()).isEqualTo("vxp.sample.01");
        assertThat(caller.value("from")).contains("000.00.01.H99");
        assertThat(caller.value("messagetype")).contains("edoc");
        VxpRequestVerifier.checkBodyHash(caller, BODY_HASH);
    }

    @Test
    void givenWrongSecret_thenUnauthenticated() {
        assertRefused(signedRequest("other-secret"), "HMAC-SHA256");
    }

    @Test
    void givenUnknownSystemIdOrWrongHmac_thenTheSameAnswer_soSystemIdsCannotBeEnumerated() {
        Map<String, String> unknown = caseInsensitive(VxpHeaders.sign(Map.of("timestamp",
                VxpTimestamp.format(NOW.atZone(ZoneOffset.UTC)), "systemid", "vxp.unknown"), SECRET));
        Map<String, String> wrongHmac = signedRequest("other-secret");
        AxisException a = refusal(unknown);
        AxisException b = refusal(wrongHmac);
        assertThat(a.code()).isEqualTo(b.code()).isEqualTo(AxisErrorCode.UNAUTHENTICATED);
        assertThat(a.getMessage()).isEqualTo(b.getMessage()).doesNotContain("vxp.unknown");
        assertThat(a.field()).isEqualTo(b.field());
    }

    @Test
    void givenTimestampLaterThanNowPlusClockSkew_thenRefused_butOneWithinTheSkewPasses() {
        Map<String, String> future = caseInsensitive(VxpHeaders.sign(
                logical(NOW.plus(Duration.ofMinutes(6)).atZone(ZoneOffset.UTC)), SECRET));
        assertRefused(future, "in the future");
        Map<String, String> sevenDaysAhead = caseInsensitive(VxpHeaders.sign(
                logical(NOW.plus(Duration.ofDays(6).plusHours(22)).atZone(ZoneOffset.UTC)), SECRET));
        assertRefused(sevenDaysAhead, "in the future");
        Map<String, String> slightlyAhead = caseInsensitive(VxpHeaders.sign(
                logical(NOW.plus(Duration.ofMinutes(4)).atZone(ZoneOffset.UTC)), SECRET));
        assertThat(verifier.verify(slightlyAhead::get).systemId()).isEqualTo("vxp.sample.01");
    }

    @Test
    void givenAgeWindowOff_thenOldTimestampsPass_butFutureOnesAreStillRefused() {
        VxpRequestVerifier noAge = new VxpRequestVerifier(id -> Optional.of(SECRET), Duration.ZERO,
                Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, String> old = caseInsensitive(VxpHeaders.sign(
                logical(NOW.minus(Duration.ofDays(60)).atZone(ZoneOffset.UTC)), SECRET));
        assertThat(noAge.verify(old::get).systemId()).isEqualTo("vxp.sample.01");
        Map<String, String> future = caseInsensitive(VxpHeaders.sign(
                logical(NOW.plus(Duration.ofHours(1)).atZone(ZoneOffset.UTC)), SECRET));
        assertThatThrownBy(() -> noAge.verify(future::get)).hasMessageContaining("in the future");
    }

    @Test
    void givenSignedHeaderChangedAfterSigning_thenRefused() {
        Map<String, String> h = signedRequest(SECRET);
        h.put("XroadVnpt-from", "000.00.00.G22");
        assertRefused(h, "signed header XroadVnpt-from does not match");
    }

    @Test
    void givenSignHeaderJsonTampered_thenHmacFails() {
        Map<String, String> h = signedRequest(SECRET);
        h.put("XroadVnpt-sign-header", h.get("XroadVnpt-sign-header").replace("000.00.01.H99", "000.00.00.G22"));
        h.put("XroadVnpt-from", "000.00.00.G22");
        assertRefused(h, "HMAC-SHA256");
    }

    @Test
    void givenMissingHashHeader_thenRefused() {
        Map<String, String> h = signedRequest(SECRET);
        h.remove("XroadVnpt-hash-header");
        assertRefused(h, "XroadVnpt-hash-header is missing");
    }

    @Test
    void givenTimestampOlderThanTheWindow_thenRefused_butAWeekOldSdkTimestampPasses() {
        Map<String, String> old = caseInsensitive(VxpHeaders.sign(
                logical(NOW.minus(Duration.ofDays(8)).atZone(ZoneOffset.UTC)), SECRET));
        assertRefused(old, "outside the accepted window");
        Map<String, String> recent = caseInsensitive(VxpHeaders.sign(
                logical(NOW.minus(Duration.ofDays(6)).atZone(ZoneOffset.UTC)), SECRET));
        assertThat(verifier.verify(recent::get).systemId()).isEqualTo("vxp.sample.01");
    }

    @Test
    void givenBodyThatDiffersFromHashFile_thenContentHashMismatch() {
        var caller = verifier.verify(signedRequest(SECRET)::get);
        assertThatThrownBy(() -> VxpRequestVerifier.checkBodyHash(caller, "b".repeat(64)))
                .isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.CONTENT_HASH_MISMATCH);
                    assertThat(e.field()).isEqualTo("XroadVnpt-hash-file");
                });
    }

    @Test
    void timestampRoundTripsInTheSdkFormat() {
        ZonedDateTime at = ZonedDateTime.parse("2025-06-02T09:15:00.123+07:00[Asia/Ho_Chi_Minh]");
        assertThat(VxpTimestamp.format(at)).isEqualTo("02062025T091500+0123");
        assertThat(VxpTimestamp.parse("02062025T091500+0123")).hasValueSatisfying(t ->
                assertThat(t.toInstant()).isEqualTo(Instant.parse("2025-06-02T02:15:00Z")));
        assertThat(VxpTimestamp.parse("not-a-time")).isEmpty();
    }

    private AxisException refusal(Map<String, String> headers) {
        try {
            verifier.verify(headers::get);
        } catch (AxisException e) {
            return e;
        }
        throw new AssertionError("accepted: " + headers);
    }

    private void assertRefused(Map<String, String> headers, String detail) {
        assertThatThrownBy(() -> verifier.verify(headers::get))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.UNAUTHENTICATED))
                .hasMessageContaining(detail);
    }
}
