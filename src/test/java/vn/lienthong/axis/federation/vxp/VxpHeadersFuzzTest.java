package vn.lienthong.axis.federation.vxp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.FuzzTargets;
import vn.lienthong.axis.support.SeededFuzzer;

/**
 * Fuzzing the parsing of the {@code XroadVnpt-*} headers through the verifier's public API (issue 10):
 * the signed-header JSON carries a valid HMAC so the parser behind it is reached; only AxisException
 * (UNAUTHENTICATED and kin) escapes.
 */
class VxpHeadersFuzzTest {

    @Test
    void givenMutatedSignedHeaders_thenOnlyAxisExceptions() {
        Map<String, String> logical = new HashMap<>(Map.of("timestamp", VxpTimestamp.format(ZonedDateTime.now()),
                "systemid", FuzzTargets.SYSTEM, "Content-Type", "application/json", "from", "000.00.00.H99",
                "messagetype", "edoc", "hash-file", "0".repeat(64)));
        Map<String, String> signed = VxpHeaders.sign(logical, FuzzTargets.SECRET);
        List<byte[]> seeds = List.of(signed.get(VxpHeaders.SIGN_HEADER).getBytes(StandardCharsets.UTF_8),
                "{\"XroadVnpt-systemid\":\"vxp.fuzz\",\"x\":[1,{\"y\":null}]}".getBytes(StandardCharsets.UTF_8));
        List<String> dictionary = List.of("{", "}", "[", "]", "\"", ":", ",", "\\u0000", "XroadVnpt-", "timestamp",
                "systemid", "1e999999", "-0", "null", "true", "[[[[[[[[[[[[", "\"XroadVnpt-timestamp\":\"32132099T256161+0000\"");

        long tried = new SeededFuzzer(seeds, dictionary, 16 * 1024).run(input -> {
            String signHeader = FuzzTargets.latin1(input);
            FuzzTargets.vxpHeaders(signed, signHeader);
            FuzzTargets.vxpHeaders(Map.of(VxpHeaders.PREFIX + VxpHeaders.SYSTEM_ID, signHeader,
                    VxpHeaders.SIGN_HEADER, signHeader, VxpHeaders.HASH_HEADER, signHeader), null);
            VxpTimestamp.parse(signHeader);
        });

        assertThat(tried).isGreaterThan(seeds.size());
    }
}
