package vn.lienthong.axis.api.vxp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.lienthong.axis.api.ApiErrors;
import vn.lienthong.axis.api.DependencyFailures;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;

/**
 * Refusals of the VXP facade as the SDK expects them: the VXP envelope ({@code status FAIL},
 * {@code ErrorCode} = the catalogue's VXP code, {@code ErrorDesc} starting with the stable wire name).
 * HTTP 200 for business refusals (the SDK reads the envelope), 401 for authentication failures,
 * the catalogue's 5xx for server-side failures (a retry may help).
 */
@RestControllerAdvice(assignableTypes = {VxpMessagesController.class, VxpSentController.class,
        VxpDirectoryController.class, VxpEvidenceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VxpErrors {
    private static final Logger log = LoggerFactory.getLogger(VxpErrors.class);

    @ExceptionHandler(AxisException.class)
    ResponseEntity<VxpEnvelope> axis(AxisException e) {
        return answer(e.code(), VxpEnvelope.fail(e));
    }

    /**
     * 401 for authentication failures, 429 for rate limits, the catalogue's 5xx for server failures, else 200
     * (the SDK reads the envelope). {@code EdgeRefusals} answers the same for refusals made before the handlers.
     */
    static int httpStatus(AxisErrorCode code) {
        return code == AxisErrorCode.UNAUTHENTICATED ? 401 : code.httpStatus() >= 500 || code.httpStatus() == 429
                ? code.httpStatus() : 200;
    }

    /** Spring MVC's own refusals (wrong method, unreadable request): the caller's mistake. */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<VxpEnvelope> request(Exception e) {
        return envelope(AxisErrorCode.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<VxpEnvelope> unexpected(Exception e) {
        AxisException dependency = DependencyFailures.classify(e);
        if (dependency != null) {
            log.warn("A dependency failed in the VXP facade: {}", e.toString());
            return axis(dependency);
        }
        log.error("Unexpected failure in the VXP facade", e);
        return envelope(AxisErrorCode.INTERNAL_ERROR, "the axis failed unexpectedly; nothing was accepted");
    }

    static ResponseEntity<VxpEnvelope> envelope(AxisErrorCode code, String detail) {
        return answer(code, VxpEnvelope.fail(code, detail));
    }

    private static ResponseEntity<VxpEnvelope> answer(AxisErrorCode code, VxpEnvelope body) {
        int status = httpStatus(code);
        ResponseEntity.BodyBuilder r = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (code.retryable() && status == 503) {
            r.header("Retry-After", ApiErrors.RETRY_AFTER_SECONDS);
        }
        return r.body(body);
    }
}
