package vn.lienthong.axis.api.vxp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * The security filter chain of the VXP facade ({@code axis.vxp.base-path}/**), ahead of every other
 * chain: {@link VxpAuthenticationFilter} authenticates from the headers, every request must be
 * authenticated, stateless, no CSRF (machine clients).
 */
@Configuration(proxyBeanMethods = false)
class VxpSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain vxpSecurity(HttpSecurity http, VxpAuth auth, VxpFacadeProperties props,
                                    ClientRateLimiter limiter, EdgeRefusals refusals) throws Exception {
        String base = props.basePath().endsWith("/") ? props.basePath() : props.basePath() + "/";
        http.securityMatcher(base + "**")
            .csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(b -> b.disable())
            .formLogin(f -> f.disable())
            .anonymous(a -> a.disable())
            .requestCache(r -> r.disable())
            .addFilterBefore(new VxpAuthenticationFilter(auth, props.basePath(), limiter, refusals), AuthorizationFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> refusals.write(req, res,
                    new AxisException(AxisErrorCode.UNAUTHENTICATED, "the request is not authenticated"))))
            .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }
}
