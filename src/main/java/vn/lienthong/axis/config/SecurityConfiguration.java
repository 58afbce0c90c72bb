package vn.lienthong.axis.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP security: stateless, no CSRF (machine clients only), health and metrics open for probes and
 * Prometheus, other actuator endpoints closed; the APIs authenticate their callers themselves.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain axisSecurity(HttpSecurity http) throws Exception {
        http.csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(b -> b.disable())
            .formLogin(f -> f.disable())
            .authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                        "/actuator/prometheus", "/error").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .anyRequest().permitAll());
        return http.build();
    }

    /** No generated default user: authentication belongs to the API's client tokens. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
