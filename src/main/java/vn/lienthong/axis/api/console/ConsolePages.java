package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lienthong.axis.api.DependencyFailures;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * What every console page has: the signed-in person and the date format; and refusals from the services
 * shown as a page in the person's language (catalogue title, code, field, detail), with the catalogue's HTTP status.
 */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsolePages {
    private static final Logger log = LoggerFactory.getLogger(ConsolePages.class);
    private static final ConsoleTime TIME = new ConsoleTime();

    @ModelAttribute
    void common(Model model, @AuthenticationPrincipal ConsolePerson person) {
        model.addAttribute("person", person);
        model.addAttribute("t", TIME);
    }

    @ExceptionHandler(AxisException.class)
    String refused(AxisException e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.code().httpStatus());
        // an exception handler's model gets no @ModelAttribute: the page's navigation needs the person
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("person", signedIn != null && signedIn.getPrincipal() instanceof ConsolePerson p ? p : null);
        model.addAttribute("t", TIME);
        model.addAttribute("title", e.code().title(locale));
        model.addAttribute("code", e.code().wireName());
        model.addAttribute("field", e.field());
        model.addAttribute("detail", e.detail());
        return "console/refused";
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, Model model, HttpServletResponse response, Locale locale) {
        AxisException dependency = DependencyFailures.classify(e);
        if (dependency == null) {
            log.error("Console page failed", e);
            dependency = new AxisException(AxisErrorCode.INTERNAL_ERROR, "the console failed unexpectedly");
        }
        return refused(dependency, model, response, locale);
    }
}
