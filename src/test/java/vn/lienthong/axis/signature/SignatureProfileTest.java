package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureProfileTest {

    @Test
    void givenTextWithEveryKindOfWhitespace_thenRemovedExactlyAsTheRegexClassWould() {
        String text = " QU\tJD\nRA\u000B==\f\r\u00a0x\u2003y ";

        assertThat(SignatureProfile.withoutWhitespace(text)).isEqualTo(text.replaceAll("\\s", ""))
                .isEqualTo("QUJDRA==\u00a0x\u2003y");
    }
}
