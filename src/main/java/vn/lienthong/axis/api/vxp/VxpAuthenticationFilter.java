package vn.lienthong.axis.api.vxp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.api.edge.BodyGuardFilter;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * Authenticates every request under the VXP base path from its headers, before anything reads the
 * body: HMAC, signed timestamp, the operation's required signed headers. The verified
 * {@link VxpAuth.Caller} goes into the request ({@link VxpAuth#CALLER}) and the SecurityContext, and
 * its requests and body bytes count against its rate limits (key {@code vxp:<systemId>}); a refusal is
 * the VXP envelope, written by {@link EdgeRefusals}. Not a bean: it must not be registered as a servlet filter for all paths.
 */
final class VxpAuthenticationFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(VxpAuthenticationFilter.class);
    private final VxpAuth auth;
    private final String basePath;
    private final ClientRateLimiter limiter;
    private final EdgeRefusals refusals;

    VxpAuthenticationFilter(VxpAuth auth, String basePath, ClientRateLimiter limiter, EdgeRefusals refusals) {
        this.auth = auth;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        VxpAuth.Caller caller;
        try {
            caller = auth.authenticate(containerRequest(request));
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String name = path.startsWith(basePath) ? path.substring(basePath.length()) : "";
            VxpOperation operation = VxpOperation.byPath(name).orElseThrow(() -> new AxisException(
                    AxisErrorCode.NOT_FOUND, "no VXP operation '" + name + "' at " + basePath, "path"));
            VxpAuth.checkBinding(operation, caller, request.isSecure());
            String clientKey = "vxp:" + caller.system().systemId();
            limiter.acquire(clientKey);
            BodyGuardFilter.chargeTo(request, limiter, clientKey);
        } catch (AxisException e) {
            refusals.write(request, response, e);
            return;
        } catch (org.springframework.dao.DataAccessException e) {
            log.warn("VXP authentication could not read the client registry: {}", e.getMessage());
            refusals.write(request, response, new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "the client registry is unavailable; retry later"));
            return;
        }
        request.setAttribute(VxpAuth.CALLER, caller);
        SecurityContextHolder.getContext().setAuthentication(new PreAuthenticatedAuthenticationToken(
                "vxp:" + caller.system().systemId(), null, List.of(new SimpleGrantedAuthority("ROLE_VXP_CLIENT"))));
        chain.doFilter(request, response);
    }

    /**
     * The container's own request, for reading the {@code XroadVnpt-*} headers: Spring Security's firewall
     * wrapper rejects header values with C1 control characters, which is what a UTF-8 Vietnamese value
     * (the SDK signs UTF-8, e.g. {@code đ} = C4 91) looks like once the container has read it as
     * ISO-8859-1. Those values are compared with the HMAC-verified signed JSON and read as UTF-8.
     */
    static HttpServletRequest containerRequest(HttpServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner instanceof HttpServletRequest http ? http : request;
    }
}
