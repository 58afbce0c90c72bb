package vn.lienthong.axis.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/error-catalogue.md is the integrators' reference; it must list every code exactly as the enum
 * defines it. On a mismatch the expected file is written to target/error-catalogue.md to copy over.
 */
class ErrorCatalogueDocTest {
    private static final Path DOC = Path.of("docs", "error-catalogue.md");

    static String render() {
        StringBuilder b = new StringBuilder("""
                # Error catalogue

                Every refusal carries one of these stable codes: in the REST problem body (`code`), in the SOAP
                fault detail (`AxisFault/code`) and in VXP answers (`ErrorCode` = the numeric code, `ErrorDesc`
                starting with the stable code). Codes are never renamed; new ones are added.
                "Retry" says whether the same request may succeed later unchanged. The REST problem's `title`
                is in the language of `Accept-Language`: Vietnamese by default, English for `en`
                (`src/main/resources/errors/titles*.properties`).

                | code | HTTP | SOAP fault | VXP ErrorCode | retry | meaning | tiêu đề |
                |---|---|---|---|---|---|---|
                """);
        for (AxisErrorCode c : AxisErrorCode.values()) {
            b.append("| `").append(c.wireName()).append("` | ").append(c.httpStatus()).append(" | ")
                    .append(c.soapFault() == AxisErrorCode.Fault.CLIENT ? "soap:Client" : "soap:Server").append(" | ")
                    .append(c.vxpCode()).append(" | ").append(c.retryable() ? "yes" : "no").append(" | ")
                    .append(c.title(ErrorTitles.ENGLISH)).append(" | ").append(c.title(ErrorTitles.VIETNAMESE)).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void documentedCatalogueMatchesTheEnum() throws IOException {
        String expected = render();
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "error-catalogue.md"), expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/error-catalogue.md is out of date; see target/error-catalogue.md").isEqualTo(expected);
    }

    @Test
    void vxpCodesAreUniqueAndNeverZero() {
        Set<String> seen = new HashSet<>();
        Arrays.stream(AxisErrorCode.values()).forEach(c -> {
            assertThat(c.vxpCode()).isNotEqualTo("0");
            assertThat(seen.add(c.vxpCode())).as("duplicate VXP code " + c.vxpCode()).isTrue();
        });
    }
}
