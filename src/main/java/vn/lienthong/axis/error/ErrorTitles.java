package vn.lienthong.axis.error;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue's titles in its two languages, from the message bundle {@code errors/titles} (Vietnamese, the
 * default) and {@code errors/titles_en}; and the choice of one from an {@code Accept-Language} header.
 */
public final class ErrorTitles {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The catalogue's languages, the default first. */
    public static final List<Locale> LANGUAGES = List.of(VIETNAMESE, ENGLISH);
    static final String BUNDLE = "errors/titles";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorTitles() {
    }

    static String title(AxisErrorCode code, Locale language) {
        return bundle(language).getString(code.wireName());
    }

    /** The bundle of that language: English for {@code en*}, Vietnamese for anything else. */
    static ResourceBundle bundle(Locale language) {
        boolean english = language != null && ENGLISH.getLanguage().equals(language.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, english ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    /** The catalogue language an {@code Accept-Language} header prefers; Vietnamese when absent, malformed or neither. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }
}
