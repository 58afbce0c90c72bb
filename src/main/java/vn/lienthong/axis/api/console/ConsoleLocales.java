package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a page: in the console, the person's choice (stored with the account, kept in the session),
 * Vietnamese by default; elsewhere {@code Accept-Language}, as before.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocales {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Set<String> SUPPORTED = Set.of("vi", "en");
    private static final String ATTRIBUTE = ConsoleLocales.class.getName();

    static void remember(HttpServletRequest request, String language) {
        request.getSession().setAttribute(ATTRIBUTE, language != null && SUPPORTED.contains(language) ? language : "vi");
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver elsewhere = new AcceptHeaderLocaleResolver();
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (!request.getRequestURI().startsWith(request.getContextPath() + ConsoleSecurityConfiguration.BASE)) {
                    return elsewhere.resolveLocale(request);
                }
                HttpSession session = request.getSession(false);
                Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
                return chosen == null ? VIETNAMESE : Locale.forLanguageTag(chosen.toString());
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                remember(request, locale == null ? null : locale.getLanguage());
            }
        };
    }
}
