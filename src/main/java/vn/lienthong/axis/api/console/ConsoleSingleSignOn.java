package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.console.ConsoleProperties;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Optional OpenID Connect sign-in to the console (ADR 029), off unless {@code axis.console.oidc.issuer-uri} is
 * set: the authorisation code flow at {@code /console/oauth2/authorization/oidc}, the ID token checked by Spring
 * Security (signature against the provider's JWKS, issuer, audience, expiry, nonce). The configured claim names
 * an existing, enabled, unlocked account, whose role applies; the session then holds the same
 * {@link ConsolePerson} as a password sign-in. Both outcomes are audited.
 */
@Component
class ConsoleSingleSignOn {
    static final String REGISTRATION = "oidc";
    private static final Logger log = LoggerFactory.getLogger(ConsoleSingleSignOn.class);
    private final ConsoleProperties.Oidc oidc;
    private final OperatorAccounts accounts;
    private final AuditLog audit;
    private final Environment env;

    ConsoleSingleSignOn(ConsoleProperties props, OperatorAccounts accounts, AuditLog audit, Environment env) {
        this.oidc = props.oidc();
        this.accounts = accounts;
        this.audit = audit;
        this.env = env;
    }

    boolean enabled() {
        return oidc != null && oidc.enabled();
    }

    /**
     * Adds the OpenID Connect sign-in to the console chain when configured; returns the provider that checks the
     * code flow's answer, for the chain's own authentication manager (empty when off).
     */
    List<AuthenticationProvider> configure(HttpSecurity http, AuthenticationSuccessHandler then) throws Exception {
        if (!enabled()) {
            return List.of();
        }
        String sameSite = env.getProperty("server.servlet.session.cookie.same-site", "");
        if ("strict".equalsIgnoreCase(sameSite)) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.console.oidc needs"
                    + " server.servlet.session.cookie.same-site: lax (a strict cookie is not sent on the provider's"
                    + " redirect back, so the sign-in could never complete)");
        }
        if (oidc.clientId() == null || oidc.clientSecret() == null) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "axis.console.oidc.client-id and client-secret are required with an issuer-uri");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri().toString())
                .registrationId(REGISTRATION).clientId(oidc.clientId()).clientSecret(oidc.clientSecret())
                .scope("openid", "profile").userNameAttributeName(oidc.loginClaim())
                .redirectUri("{baseUrl}" + ConsoleSecurityConfiguration.BASE + "/login/oauth2/code/{registrationId}")
                .build();
        OidcUserService idTokenOnly = new OidcUserService();
        OAuth2UserService<OidcUserRequest, OidcUser> mapped = request -> toAccount(idTokenOnly, request);
        SimpleUrlAuthenticationFailureHandler refused =
                new SimpleUrlAuthenticationFailureHandler(ConsoleSecurityConfiguration.BASE + "/login?error");
        http.oauth2Login(o -> o.loginPage(ConsoleSecurityConfiguration.BASE + "/login")
                .clientRegistrationRepository(new InMemoryClientRegistrationRepository(registration))
                .authorizationEndpoint(a -> a.baseUri(ConsoleSecurityConfiguration.BASE + "/oauth2/authorization"))
                .redirectionEndpoint(r -> r.baseUri(ConsoleSecurityConfiguration.BASE + "/login/oauth2/code/*"))
                .userInfoEndpoint(u -> u.oidcUserService(mapped))
                .successHandler((req, res, auth) -> signedIn(req, res, auth, then))
                .failureHandler((req, res, e) -> {
                    log.warn("Single sign-on refused: {}", e.getMessage());
                    refused.onAuthenticationFailure(req, res, e);
                }));
        return List.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), mapped));
    }

    /** The account the claim names, or a refusal; the OIDC user carries that account's role. */
    private OidcUser toAccount(OidcUserService delegate, OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String login = user.getIdToken().getClaimAsString(oidc.loginClaim());
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        OperatorAccount a = login == null ? null : accounts.find(login.trim()).filter(x -> x.disabledAt() == null)
                .filter(x -> !x.lockedAt(OffsetDateTime.now())).orElse(null);
        if (a == null) {
            String who = login == null ? "(no " + oidc.loginClaim() + " claim)" : login;
            audit.record(OperatorAccount.actorOf(who), "console-sign-in-refused", who,
                    "single sign-on from " + issuer + ": no enabled account " + who);
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "no enabled console account for this person", null));
        }
        accounts.signedIn(a.login(), OffsetDateTime.now());
        audit.record(a.actor(), "console-signed-in", a.login(), "single sign-on from " + issuer);
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(a.role().authority())), user.getIdToken(),
                oidc.loginClaim());
    }

    /** Keeps the same principal as a password sign-in in the session, then goes on as after one. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication auth,
                          AuthenticationSuccessHandler then) throws java.io.IOException, jakarta.servlet.ServletException {
        OperatorAccount a = accounts.find(auth.getName()).orElseThrow();
        Authentication person = UsernamePasswordAuthenticationToken.authenticated(ConsolePerson.of(a), null,
                auth.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        then.onAuthenticationSuccess(request, response, person);
    }
}
