package vn.lienthong.axis.console;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * {@code axis.console.*}: {@code sampleAccounts} creates admin, operator and auditor with the SAMPLE password
 * (local and test profiles only; refused elsewhere); after {@code maxFailedSignIns} wrong passwords in a row an
 * account is locked for {@code lockout}. The session timeout is Spring's {@code server.servlet.session.timeout}.
 * {@code oidc}: the optional OpenID Connect sign-in (ADR 029), off without an issuer.
 */
@Validated
@ConfigurationProperties("axis.console")
public record ConsoleProperties(
        @DefaultValue("false") boolean sampleAccounts,
        @DefaultValue("5") @Positive int maxFailedSignIns,
        @DefaultValue("15m") @DurationMin(millis = 1) Duration lockout,
        @DefaultValue Oidc oidc) {

    /**
     * Đăng nhập một lần: the provider's issuer (its discovery document is read at start), this axis's client id
     * and secret there, and the ID token claim whose value is the login of an existing, enabled account (the
     * account's role applies; no account is created from a claim).
     */
    public record Oidc(URI issuerUri, String clientId, String clientSecret,
                       @DefaultValue("preferred_username") String loginClaim) {
        public boolean enabled() {
            return issuerUri != null && !issuerUri.toString().isBlank();
        }
    }
}
