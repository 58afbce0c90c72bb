package vn.lienthong.axis.api.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.api.DependencyFailures;
import vn.lienthong.axis.api.admin.AdminActor;
import vn.lienthong.axis.api.admin.AdminAuth;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * Authentication of the REST and admin edges, from headers only, before any handler reads the body:
 * a client token ({@code Authorization: Bearer}, {@code X-Agency}) on client paths, the admin token on
 * admin paths; then the client's rate limit. A refusal is written here (401/403/429), so the body is
 * never read. On actuator paths the admin token or the scrape token may be presented, but need not be.
 */
public final class EdgeAuthenticationFilter extends OncePerRequestFilter {
    /** Where each credential is required. */
    public record Paths(RequestMatcher client, RequestMatcher admin, RequestMatcher actuator) {}

    private final Paths paths;
    private final ClientAuthenticator clients;
    private final AdminAuth admin;
    private final byte[] scrapeToken;
    private final ClientRateLimiter limiter;
    private final EdgeRefusals refusals;

    public EdgeAuthenticationFilter(Paths paths, ClientAuthenticator clients, AdminAuth admin, String scrapeToken,
                                    ClientRateLimiter limiter, EdgeRefusals refusals) {
        this.paths = paths;
        this.clients = clients;
        this.admin = admin;
        this.scrapeToken = scrapeToken.getBytes(StandardCharsets.UTF_8);
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EdgeAuthentication who;
        String clientKey;
        try {
            if (paths.client().matches(request)) {
                ActingClient client = authenticateClient(request);
                who = new EdgeAuthentication(client, EdgeAuthentication.CLIENT);
                clientKey = "client:" + client.clientId();
            } else if (paths.admin().matches(request)) {
                who = new EdgeAuthentication(new AdminActor(admin.check(request)), EdgeAuthentication.ADMIN);
                clientKey = "admin";
            } else if (paths.actuator().matches(request)) {
                who = actuatorCaller(request.getHeader(HttpHeaders.AUTHORIZATION));
                clientKey = null;
            } else {
                chain.doFilter(request, response);
                return;
            }
            if (clientKey != null) {
                limiter.acquire(clientKey);
                BodyGuardFilter.chargeTo(request, limiter, clientKey);
            }
        } catch (AxisException e) {
            refusals.write(request, response, e);
            return;
        } catch (RuntimeException e) { // the client directory (database) is down: the server's fault, 503
            AxisException dependency = DependencyFailures.classify(e);
            if (dependency == null) {
                throw e;
            }
            refusals.write(request, response, dependency);
            return;
        }
        if (who != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(who);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** The one place the REST edge identifies a client system: token and/or TLS client certificate. */
    private ActingClient authenticateClient(HttpServletRequest request) {
        return clients.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader("X-Agency"),
                request.getAttribute(ClientAuthenticator.CERTIFICATE_ATTRIBUTE) instanceof X509Certificate[] chain
                        ? chain : null);
    }

    /** On actuator paths a token is optional: the admin token sees health details, the scrape token metrics. */
    private EdgeAuthentication actuatorCaller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        byte[] presented = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (scrapeToken.length > 0 && MessageDigest.isEqual(scrapeToken, presented)) {
            return new EdgeAuthentication("metrics", EdgeAuthentication.METRICS);
        }
        try {
            return new EdgeAuthentication(new AdminActor(admin.check(authorization, null)), EdgeAuthentication.ADMIN);
        } catch (AxisException e) {
            return null;
        }
    }
}
