package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class GuardedFormTest {

    private static Map<String, String[]> parse(String body, Map<String, String[]> query) throws Exception {
        return GuardedForm.parameters(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), -1,
                () -> query, null);
    }

    @Test
    void givenQueryAndFormBody_thenQueryValuesFirstThenTheBodysDecodedAsUtf8() throws Exception {
        Map<String, String[]> p = parse("username=l%C3%AA.van.c&password=a+b%26c&_csrf=t&x=2&flag",
                Map.of("x", new String[] {"1"}));
        assertThat(p.get("username")).containsExactly("lê.van.c");
        assertThat(p.get("password")).containsExactly("a b&c");
        assertThat(p.get("x")).containsExactly("1", "2");
        assertThat(p.get("flag")).containsExactly("");
    }

    @Test
    void givenMalformedEscape_thenThatPairIsSkippedLikeTheContainerDoes() throws Exception {
        Map<String, String[]> p = parse("a=%zz&b=ok", Map.of());
        assertThat(p).containsOnlyKeys("b");
    }

    @Test
    void givenDeclaredFormLengthOverTheLimit_thenTooLargeBeforeReadingAByte() {
        java.io.InputStream nothingToRead = new java.io.InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        assertThatThrownBy(() -> GuardedForm.parameters(nothingToRead, 100_000_000L, Map::of, null))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.TOO_LARGE));
    }

    @Test
    void givenFormBodyOverTheLimit_thenTooLarge() {
        String big = "a=" + "x".repeat(GuardedForm.MAX_FORM_BYTES);
        assertThatThrownBy(() -> parse(big, Map.of())).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.TOO_LARGE));
    }
}
