package vn.lienthong.axis.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.MetricsProperties;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.api.admin.AdminAuth;
import vn.lienthong.axis.api.edge.BodyGuardFilter;
import vn.lienthong.axis.api.edge.EdgeAuthentication;
import vn.lienthong.axis.api.edge.EdgeAuthenticationFilter;
import vn.lienthong.axis.api.edge.EdgeProperties;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.api.edge.StopReadingValve;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * HTTP security, one filter chain for the REST, admin and actuator edges (ADR 013): stateless, no
 * CSRF (machine clients only); {@link EdgeAuthenticationFilter} authenticates from headers before any
 * handler reads a body; every path not opened below is denied. SOAP ({@code /ws}) authenticates in its
 * CXF interceptor; the VXP facade has its own chain of higher precedence.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "REST: the client"
        + " token, with X-Agency for a client of several agencies; admin: the admin token")
public class SecurityConfiguration {
    /** Documents and probes anyone may read: the OpenAPI document (the REST contract, like the WSDL). */
    static final String[] OPEN_DOCUMENTS = {"/api/v1/openapi", "/api/v1/openapi.yaml", "/api/v1/openapi/**"};

    /**
     * No Micrometer observation around each security filter of every request: nothing reads those
     * timers, and they cost each request several observations (docs/benchmarks.md, 6 Dec 2026).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain axisSecurity(HttpSecurity http, ClientAuthenticator clients, AdminAuth admin,
                                     ClientRateLimiter limiter, EdgeRefusals refusals, MetricsProperties metrics,
                                     VxpFacadeProperties vxp, ManagementServerProperties management,
                                     ServerProperties server) throws Exception {
        RequestMatcher prometheus = new AntPathRequestMatcher("/actuator/prometheus");
        RequestMatcher onManagementPort = managementPort(management, server);
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        EdgeAuthenticationFilter.Paths paths = new EdgeAuthenticationFilter.Paths(
                request -> api.matches(request) && !OPEN.matches(request),
                new AntPathRequestMatcher("/admin/**"), new AntPathRequestMatcher("/actuator/**"));
        http.csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(b -> b.disable())
            .formLogin(f -> f.disable())
            .logout(l -> l.disable())
            .requestCache(c -> c.disable())
            .addFilterBefore(new EdgeAuthenticationFilter(paths, clients, admin, metrics.scrapeToken(), limiter,
                    refusals), AnonymousAuthenticationFilter.class)
            .exceptionHandling(e -> e
                .authenticationEntryPoint((req, res, ex) -> refusals.write(req, res, new AxisException(
                        AxisErrorCode.UNAUTHENTICATED, "this path needs credentials", "Authorization")))
                .accessDeniedHandler((req, res, ex) -> refusals.write(req, res, new AxisException(
                        AxisErrorCode.FORBIDDEN, "these credentials do not open this path", "Authorization"))))
            .authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(prometheus).access((auth, ctx) ->
                        metricsAccess(metrics, onManagementPort, auth.get(), ctx.getRequest()))
                .requestMatchers("/actuator/**").hasRole(EdgeAuthentication.ADMIN)
                .requestMatchers(OPEN_DOCUMENTS).permitAll()
                .requestMatchers("/api/**").hasRole(EdgeAuthentication.CLIENT)
                .requestMatchers("/admin/**").hasRole(EdgeAuthentication.ADMIN)
                // SOAP authenticates in AxisAuthInterceptor (the WSDL is open); VXP in its own chain (api.vxp)
                .requestMatchers("/ws/**").permitAll()
                .requestMatchers(vxp.basePath(), vxp.basePath() + "/**").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    private static final RequestMatcher OPEN = new OrRequestMatcher(java.util.Arrays.stream(OPEN_DOCUMENTS)
            .map(p -> (RequestMatcher) new AntPathRequestMatcher(p)).toList());

    /** Metrics: open in the local profile or on a management port; else the scrape token or the admin token. */
    private static AuthorizationDecision metricsAccess(MetricsProperties metrics, RequestMatcher onManagementPort,
                                                       Authentication auth, jakarta.servlet.http.HttpServletRequest req) {
        return new AuthorizationDecision(metrics.openScrape() || onManagementPort.matches(req)
                || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(a ->
                        a.equals("ROLE_" + EdgeAuthentication.METRICS) || a.equals("ROLE_" + EdgeAuthentication.ADMIN)));
    }

    /** Requests that came to a separate management port (bound where the operator chose), if one is set. */
    private static RequestMatcher managementPort(ManagementServerProperties management, ServerProperties server) {
        Integer port = management.getPort();
        if (port == null || port <= 0 || port.equals(server.getPort())) {
            return request -> false;
        }
        return request -> request.getLocalPort() == port;
    }

    @Bean
    EdgeRefusals edgeRefusals(VxpFacadeProperties vxp) {
        return new EdgeRefusals("/ws", vxp.basePath());
    }

    /** Before everything else, Spring Security included: the body guard (declared size, counted bytes, time). */
    @Bean
    FilterRegistrationBean<BodyGuardFilter> bodyGuard(AxisProperties props, EdgeProperties edge, EdgeRefusals refusals,
                                                      MeterRegistry registry) {
        FilterRegistrationBean<BodyGuardFilter> r = new FilterRegistrationBean<>(
                new BodyGuardFilter(props.limits().maxPackageBytes(), edge, refusals, registry));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        r.addUrlPatterns("/*");
        return r;
    }

    /** Lets a refusing filter stop Tomcat from draining an unread body. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> stopReadingValve() {
        return factory -> factory.addContextValves(new StopReadingValve());
    }

    /** No generated default user: authentication belongs to the API's client tokens. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
