package vn.lienthong.axis.api.edge;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling, as the edge established it from headers: a client system ({@code ROLE_CLIENT},
 * principal {@link vn.lienthong.axis.directory.ActingClient}), the operator ({@code ROLE_ADMIN},
 * principal {@link vn.lienthong.axis.api.admin.AdminActor}) or a metrics scraper ({@code ROLE_METRICS}).
 */
public final class EdgeAuthentication extends AbstractAuthenticationToken {
    public static final String CLIENT = "CLIENT";
    public static final String ADMIN = "ADMIN";
    public static final String METRICS = "METRICS";
    private final Object principal;

    EdgeAuthentication(Object principal, String role) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
