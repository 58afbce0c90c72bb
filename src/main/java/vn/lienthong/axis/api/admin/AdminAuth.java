package vn.lienthong.axis.api.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Checks {@code Authorization: Bearer <axis.admin.token>}; an empty configured token locks the admin API. */
@Component
public class AdminAuth {
    private final byte[] token;

    public AdminAuth(AxisProperties props) {
        this.token = props.admin().token().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the actor name for the audit log ({@code admin}, or {@code admin:<X-Operator>}). */
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
