package vn.lienthong.axis.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.error.ErrorTitles;
import vn.lienthong.axis.ratelimit.RateLimitedException;

/**
 * Every refusal as {@code application/problem+json} with the catalogue's HTTP status and
 * {@code code}, {@code title} (in the language of {@code Accept-Language}: Vietnamese by default, or English),
 * {@code detail}, {@code field}; 503 + Retry-After when a retry can help,
 * 429 + Retry-After for RATE_LIMITED.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** Seconds a client should wait before retrying a 503. */
    public static final String RETRY_AFTER_SECONDS = "30";

    @ExceptionHandler(AxisException.class)
    ResponseEntity<ProblemDetail> axis(AxisException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> r = problem(e.code(), e.detail(), e.field(), language(request));
        if (e instanceof RateLimitedException limited) {
            return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                    .header("Retry-After", Long.toString(limited.retryAfterSeconds())).body(r.getBody());
        }
        return r;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        AxisException dependency = DependencyFailures.classify(e);
        if (dependency != null) {
            log.warn("A dependency failed: {}", e.toString());
            return axis(dependency, request);
        }
        log.error("Unexpected failure", e);
        return problem(AxisErrorCode.INTERNAL_ERROR, "the axis failed unexpectedly; nothing was accepted", null,
                language(request));
    }

    /** The catalogue language the caller's {@code Accept-Language} asks for (Vietnamese by default). */
    public static Locale language(HttpServletRequest request) {
        return ErrorTitles.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static ResponseEntity<ProblemDetail> problem(AxisErrorCode code, String detail, String field, Locale language) {
        ProblemDetail p = ProblemDetail.forStatus(code.httpStatus());
        p.setTitle(code.title(language));
        p.setDetail(detail);
        p.setProperty("code", code.wireName());
        if (field != null) {
            p.setProperty("field", field);
        }
        ResponseEntity.BodyBuilder r = ResponseEntity.status(code.httpStatus());
        if (code == AxisErrorCode.UNAUTHENTICATED) {
            r.header("WWW-Authenticate", "Bearer");
        }
        if (code.retryable() && code.httpStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            r.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return r.body(p);
    }

    /**
     * The {@code Retry-After} seconds for a refusal a retry can help, as above, or null: the limiter's
     * wait for RATE_LIMITED, {@value #RETRY_AFTER_SECONDS} s for an unavailable service (SOAP, edge filters).
     */
    public static String retryAfter(AxisErrorCode code, AxisException e) {
        if (e instanceof RateLimitedException limited) {
            return Long.toString(limited.retryAfterSeconds());
        }
        return code.retryable() && code.httpStatus() == HttpStatus.SERVICE_UNAVAILABLE.value() ? RETRY_AFTER_SECONDS
                : null;
    }
}
