package vn.lienthong.axis.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzer itself: it must find a crash hidden behind a dictionary token and say how to reproduce it. */
class SeededFuzzerTest {
    @Test
    void givenTargetThatCrashesOnADoctype_thenFindingReportedWithSeedAndInput() {
        SeededFuzzer fuzzer = new SeededFuzzer(List.of("<edXML/>".getBytes(StandardCharsets.UTF_8)),
                SeededFuzzer.xmlDictionary(), 1024);

        assertThatThrownBy(() -> fuzzer.run(input -> {
            if (new String(input, StandardCharsets.UTF_8).contains("<!DOCTYPE")) {
                throw new NullPointerException("planted");
            }
        })).isInstanceOf(AssertionError.class).hasMessageContaining("fuzz finding at seed")
                .hasMessageContaining("input (base64)").hasRootCauseMessage("planted");
    }
}
