package vn.lienthong.axis.federation.vxp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.support.FuzzTargets;

/**
 * Coverage-guided fuzzing with Jazzer, on demand only: the class name keeps it out of the normal
 * suite, whose brief pass is {@code VxpHeadersFuzzTest}. Run
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=VxpHeadersJazzer}; see docs/security.md ("Fuzzing").
 */
class VxpHeadersJazzer {
    /** Coverage-guided: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=VxpHeadersJazzer}. */
    @FuzzTest(maxDuration = "60s")
    void jazzer(FuzzedDataProvider data) {
        Map<String, String> headers = new HashMap<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            headers.put(data.pickValue(List.of("XroadVnpt-systemid", "XroadVnpt-timestamp", "XroadVnpt-from",
                    "XroadVnpt-hash-file", data.consumeString(20))), data.consumeString(60));
        }
        String signHeader = data.consumeBoolean() ? data.consumeRemainingAsString() : null;
        FuzzTargets.vxpHeaders(headers, signHeader);
        VxpTimestamp.parse(signHeader);
    }
}
