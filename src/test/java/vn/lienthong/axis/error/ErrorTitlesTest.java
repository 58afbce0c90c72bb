package vn.lienthong.axis.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every catalogue code has a Vietnamese and an English title, and the bundles name no other code. */
class ErrorTitlesTest {
    private static final Set<String> CODES = Arrays.stream(AxisErrorCode.values()).map(AxisErrorCode::wireName)
            .collect(Collectors.toSet());

    @Test
    void givenEveryCode_thenItHasATitleInBothLanguagesAndTheyDiffer() {
        for (AxisErrorCode c : AxisErrorCode.values()) {
            String vi = c.title(ErrorTitles.VIETNAMESE);
            String en = c.title(ErrorTitles.ENGLISH);
            assertThat(vi).as(c + " vi").isNotBlank();
            assertThat(en).as(c + " en").isNotBlank();
            assertThat(vi).as(c + ": the Vietnamese title is a translation, not the English one").isNotEqualTo(en);
        }
    }

    @Test
    void givenTheBundles_thenTheyNameExactlyTheCatalogueCodes() {
        assertThat(ErrorTitles.bundle(ErrorTitles.VIETNAMESE).keySet()).containsExactlyInAnyOrderElementsOf(CODES);
        assertThat(ErrorTitles.bundle(ErrorTitles.ENGLISH).keySet()).containsExactlyInAnyOrderElementsOf(CODES);
        assertThat(ErrorTitles.bundle(ErrorTitles.ENGLISH).getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void givenTheVietnameseBundle_thenItsDiacriticsSurviveLoading() {
        assertThat(AxisErrorCode.CERT_EXPIRED.title(ErrorTitles.VIETNAMESE)).isEqualTo("Một chứng thư trong chuỗi đã hết hạn");
    }

    @Test
    void givenAcceptLanguageHeaders_thenEnglishOnlyWhenPreferredOverVietnamese() {
        assertThat(ErrorTitles.fromAcceptLanguage(null)).isEqualTo(ErrorTitles.VIETNAMESE);
        assertThat(ErrorTitles.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(ErrorTitles.ENGLISH);
        assertThat(ErrorTitles.fromAcceptLanguage("vi-VN,en;q=0.5")).isEqualTo(ErrorTitles.VIETNAMESE);
        assertThat(ErrorTitles.fromAcceptLanguage("fr, en;q=0.3")).isEqualTo(ErrorTitles.ENGLISH);
        assertThat(ErrorTitles.fromAcceptLanguage("fr")).isEqualTo(ErrorTitles.VIETNAMESE);
        assertThat(ErrorTitles.fromAcceptLanguage(";;;q=x")).isEqualTo(ErrorTitles.VIETNAMESE);
    }
}
