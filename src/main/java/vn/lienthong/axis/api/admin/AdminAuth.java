package vn.lienthong.axis.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorTokens;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Checks {@code Authorization: Bearer} on the admin API: the shared bootstrap {@code axis.admin.token} (an
 * empty one opens nothing) or a person's API token ({@link OperatorTokens}), within that person's role.
 */
@Component
public class AdminAuth {
    private final byte[] token;
    private final OperatorTokens personal;

    public AdminAuth(AxisProperties props, OperatorTokens personal) {
        this.token = props.admin().token().getBytes(StandardCharsets.UTF_8);
        this.personal = personal;
    }

    /** The actor for the audit log: {@code admin}, {@code admin:<X-Operator>} or {@code user:<login>}. */
    public String check(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("Bearer " + OperatorTokens.PREFIX)) {
            OperatorAccount person = personal.authenticate(authorization.substring(7).trim()).orElseThrow(() ->
                    new AxisException(AxisErrorCode.UNAUTHENTICATED, "unknown or revoked personal token", "Authorization"));
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!person.role().mayCallAdminApi(request.getMethod(), path)) {
                throw new AxisException(AxisErrorCode.FORBIDDEN, "the role " + person.role().wireName()
                        + " may not " + request.getMethod() + " " + path, "Authorization");
            }
            return person.actor();
        }
        return check(authorization, request.getHeader("X-Operator"));
    }

    /** The shared token only: {@code admin}, or {@code admin:<X-Operator>}. */
    public String check(String authorization, String operator) {
        boolean ok = token.length > 0 && authorization != null && authorization.startsWith("Bearer ")
                && MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "send Authorization: Bearer <admin token>",
                    "Authorization");
        }
        return operator == null || operator.isBlank() ? "admin" : "admin:" + operator.trim();
    }
}
