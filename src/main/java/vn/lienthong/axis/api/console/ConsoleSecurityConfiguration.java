package vn.lienthong.axis.api.console;

import static vn.lienthong.axis.console.OperatorRole.ADMIN;
import static vn.lienthong.axis.console.OperatorRole.AUDITOR;
import static vn.lienthong.axis.console.OperatorRole.OPERATOR;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.console.OperatorRole;

/**
 * The console's security chain ({@code /console/**}), ahead of the edge chain (ADR 013, ADR 023): a session
 * with form sign-in, CSRF tokens on every form, and the role rules below in one place. Anonymous requests go
 * to the sign-in page; a role's forbidden page answers 403. Nothing here applies to the REST, admin or VXP paths.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {
    static final String BASE = "/console";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleSignIn signIn, OperatorAccounts accounts,
                                        ConsoleSingleSignOn singleSignOn) throws Exception {
        SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler(BASE);
        success.setAlwaysUseDefaultTargetUrl(true);
        AuthenticationSuccessHandler signedIn = (req, res, auth) -> {
            ConsoleLocales.remember(req, accounts.find(auth.getName()).map(a -> a.locale()).orElse(null));
            success.onAuthenticationSuccess(req, res, auth);
        };
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(signIn));
        providers.addAll(singleSignOn.configure(http, signedIn)); // the chain's own manager: no global fallback
        http.securityMatcher(BASE, BASE + "/**")
            .authenticationManager(new ProviderManager(providers))
            .formLogin(f -> f.loginPage(BASE + "/login").failureUrl(BASE + "/login?error")
                    .successHandler(signedIn).permitAll())
            .logout(l -> l.logoutUrl(BASE + "/logout").logoutSuccessUrl(BASE + "/login?logout").permitAll())
            .httpBasic(b -> b.disable())
            .addFilterAfter(new ConsoleSessionCheck(accounts), SecurityContextHolderAwareRequestFilter.class)
            .requestCache(c -> c.disable())
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                    "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
            .authorizeHttpRequests(a -> a
                .requestMatchers(BASE + "/login", BASE + "/console.css").permitAll()
                .requestMatchers(BASE + "/audit", BASE + "/audit/**").hasAnyAuthority(roles(ADMIN, AUDITOR))
                .requestMatchers(BASE + "/accounts", BASE + "/accounts/**").hasAnyAuthority(roles(ADMIN))
                .requestMatchers(BASE + "/packages/*/original", BASE + "/packages/*/evidence", BASE + "/packages/*/receipts/**",
                        BASE + "/packages/*/verification-report", BASE + "/packages/*/container", BASE + "/duties")
                        .hasAnyAuthority(roles(ADMIN, AUDITOR))
                .requestMatchers(HttpMethod.POST, BASE + "/deliveries/**", BASE + "/agencies/**", BASE + "/clients/**",
                        BASE + "/routing/**")
                        .hasAnyAuthority(roles(ADMIN, OPERATOR))
                .requestMatchers(HttpMethod.GET, BASE + "/agencies/new", BASE + "/agencies/*/edit", BASE + "/clients/new")
                        .hasAnyAuthority(roles(ADMIN, OPERATOR))
                .requestMatchers(HttpMethod.POST, BASE + "/trust-anchors/**").hasAnyAuthority(roles(ADMIN))
                .anyRequest().authenticated());
        return http.build();
    }

    private static String[] roles(OperatorRole... roles) {
        return java.util.Arrays.stream(roles).map(OperatorRole::authority).toArray(String[]::new);
    }
}
