package vn.lienthong.axis.api.vxp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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
    void givenAsciiOrNonUtf8Values_thenLeftAsReceived() {
        assertThat(VxpAuth.utf8("plain")).isEqualTo("plain");
        assertThat(VxpAuth.utf8("caf\u00e9")).isEqualTo("caf\u00e9");
        assertThat(VxpAuth.utf8(null)).isNull();
    }
}
