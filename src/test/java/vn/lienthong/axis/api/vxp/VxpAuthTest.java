package vn.lienthong.axis.api.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;
import vn.lienthong.axis.federation.vxp.VxpTimestamp;

class VxpAuthTest {
    private static final String SECRET = "sample-secret";

    @Test
    void givenVietnameseSignedValueReadByTheContainerAsLatin1_thenItVerifiesAndReadsAsUtf8() {
        Map<String, String> logical = new LinkedHashMap<>();
        logical.put("timestamp", VxpTimestamp.format(ZonedDateTime.now()));
        logical.put("systemid", "vxp.sample");
        logical.put("Content-Type", "application/json");
        logical.put("docId", "d1");
        logical.put("status", "fail");
        logical.put("description", "không đọc được");
        Map<String, String> asReceived = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        VxpHeaders.sign(logical, SECRET).forEach((k, v) ->
                asReceived.put(k, new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));

        VxpRequestVerifier verifier = new VxpRequestVerifier(id -> Optional.of(SECRET), Duration.ofDays(7),
                Clock.systemUTC());
        VxpRequestVerifier.Caller caller = verifier.verify(name -> VxpAuth.utf8(asReceived.get(name)));

        assertThat(caller.value("description")).hasValue("không đọc được");
    }

    @Test
    void givenGetAgenciesListSignature_whenCheckedForRegisterAgency_thenRefusedNamingTheMissingHeader() {
        VxpAuth.Caller getAgenciesList = legacy(Map.of(), false);
        VxpAuth.checkBinding(VxpOperation.GET_AGENCIES_LIST, getAgenciesList, true);
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.REGISTER_AGENCY, getAgenciesList, true),
                AxisErrorCode.BAD_REQUEST, "XroadVnpt-servicecode");
        VxpAuth.Caller digestOnly = legacy(Map.of("hash-file", "a".repeat(64)), false);
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.REGISTER_AGENCY, digestOnly, true),
                AxisErrorCode.BAD_REQUEST, "XroadVnpt-servicecode");
        VxpAuth.checkBinding(VxpOperation.REGISTER_AGENCY,
                strict(Map.of("servicecode", "registerAgency", "hash-file", "a".repeat(64))), false);
    }

    @Test
    void givenASignatureNamingAnotherOperation_thenUnauthenticated() {
        VxpAuth.Caller forRegister = strict(Map.of("servicecode", "registerAgency", "AgencyCode", "000.00.10.H99"));
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.DELETE_AGENCY, forRegister, true),
                AxisErrorCode.UNAUTHENTICATED, "XroadVnpt-servicecode");
    }

    @Test
    void givenEachStateChangingOperation_thenItsValuesMustBeSigned() {
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.SEND_EDOC, named(VxpOperation.SEND_EDOC, Map.of()), true),
                AxisErrorCode.BAD_REQUEST, "XroadVnpt-from");
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.SEND_EDOC, named(VxpOperation.SEND_EDOC,
                Map.of("from", "000.00.00.H99")), true), AxisErrorCode.BAD_REQUEST, "XroadVnpt-hash-file");
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.UPDATE_STATUS, named(VxpOperation.UPDATE_STATUS,
                Map.of("docId", "d1")), true), AxisErrorCode.BAD_REQUEST, "XroadVnpt-status");
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.DELETE_AGENCY, named(VxpOperation.DELETE_AGENCY,
                Map.of()), true), AxisErrorCode.BAD_REQUEST, "XroadVnpt-AgencyCode");
        VxpAuth.checkBinding(VxpOperation.UPDATE_STATUS, named(VxpOperation.UPDATE_STATUS,
                Map.of("docid", "d1", "status", "done")), false);
    }

    @Test
    void givenAClientRegisteredForUnsignedAgencyBodies_thenAcceptedOverHttpsOnly() {
        VxpAuth.Caller stockSdk = legacy(Map.of(), true);
        VxpAuth.checkBinding(VxpOperation.REGISTER_AGENCY, stockSdk, true);
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.REGISTER_AGENCY, stockSdk, false),
                AxisErrorCode.FORBIDDEN, "over HTTPS only");
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.DELETE_AGENCY, stockSdk, true),
                AxisErrorCode.BAD_REQUEST, "XroadVnpt-AgencyCode");
    }

    @Test
    void givenAStrictClient_whenASignatureDoesNotNameItsOperation_thenEveryOperationRefusesIt() {
        VxpAuth.Caller poll = strict(Map.of("docId", "d1", "status", "done", "from", "000.00.00.H99",
                "hash-file", "a".repeat(64), "AgencyCode", "000.00.10.H99"));
        for (VxpOperation operation : VxpOperation.values()) {
            assertRefused(() -> VxpAuth.checkBinding(operation, poll, true), AxisErrorCode.BAD_REQUEST,
                    "XroadVnpt-servicecode");
        }
    }

    @Test
    void givenAStrictClientNamingTheOperation_thenEveryOperationAcceptsItInAnyCase() {
        for (VxpOperation operation : VxpOperation.values()) {
            Map<String, String> signed = new LinkedHashMap<>(Map.of("servicecode",
                    operation.path().toUpperCase(java.util.Locale.ROOT)));
            operation.required().forEach(names -> signed.putIfAbsent(names.get(0), "v"));
            VxpAuth.checkBinding(operation, strict(signed), false);
        }
    }

    @Test
    void givenALegacyClient_whenItsSignatureDoesNotNameTheOperation_thenAcceptedOverHttpsOnly() {
        VxpAuth.Caller poll = legacy(Map.of(), false);
        VxpAuth.checkBinding(VxpOperation.GET_SENT_EDOC_LIST, poll, true);
        assertRefused(() -> VxpAuth.checkBinding(VxpOperation.GET_SENT_EDOC_LIST, poll, false),
                AxisErrorCode.FORBIDDEN, "over HTTPS only");
        VxpAuth.checkBinding(VxpOperation.GET_SENT_EDOC_LIST,
                legacy(Map.of("servicecode", "getSentEdocList"), false), false);
    }

    /** A strict client's signature naming {@code operation}. */
    private static VxpAuth.Caller named(VxpOperation operation, Map<String, String> signed) {
        Map<String, String> all = new LinkedHashMap<>(signed);
        all.put("servicecode", operation.path());
        return strict(all);
    }

    private static VxpAuth.Caller strict(Map<String, String> signed) {
        return caller(signed, false, false);
    }

    /** A legacy client ({@code vxpUnsignedOperations}), optionally also registered for unsigned agency bodies. */
    private static VxpAuth.Caller legacy(Map<String, String> signed, boolean unsignedAgencyBody) {
        return caller(signed, unsignedAgencyBody, true);
    }

    private static VxpAuth.Caller caller(Map<String, String> signed, boolean unsignedAgencyBody,
                                         boolean unsignedOperations) {
        Map<String, String> lower = new LinkedHashMap<>();
        signed.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new VxpAuth.Caller(new ClientRegistry.VxpClientSystem("c1", "DMS", "vxp.sample", SECRET,
                Set.of("000.00.00.H99"), true, unsignedAgencyBody, unsignedOperations),
                new VxpRequestVerifier.Caller("vxp.sample", lower));
    }

    private static void assertRefused(Runnable call, AxisErrorCode code, String text) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AxisException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage() + " " + e.field()).contains(text);
        });
    }

    @Test
    void givenAsciiOrNonUtf8Values_thenLeftAsReceived() {
        assertThat(VxpAuth.utf8("plain")).isEqualTo("plain");
        assertThat(VxpAuth.utf8("caf\u00e9")).isEqualTo("caf\u00e9");
        assertThat(VxpAuth.utf8(null)).isNull();
    }
}
