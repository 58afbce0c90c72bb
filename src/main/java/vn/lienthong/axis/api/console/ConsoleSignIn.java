package vn.lienthong.axis.api.console;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.console.ConsoleProperties;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.console.OperatorPasswords;
import vn.lienthong.axis.directory.AuditLog;

/**
 * Checks a console sign-in: the account exists, is not disabled or locked, and the password matches; counts
 * failures (locking the account after {@code axis.console.max-failed-sign-ins}), records "last signed in" and
 * writes both outcomes to the audit log.
 */
@Component
class ConsoleSignIn implements AuthenticationProvider {
    private final OperatorAccounts accounts;
    private final OperatorPasswords passwords;
    private final ConsoleProperties props;
    private final AuditLog audit;

    ConsoleSignIn(OperatorAccounts accounts, OperatorPasswords passwords, ConsoleProperties props, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.props = props;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String login = request.getName() == null ? "" : request.getName().trim();
        String password = String.valueOf(request.getCredentials());
        OffsetDateTime now = OffsetDateTime.now();
        OperatorAccount a = accounts.find(login).filter(x -> x.disabledAt() == null).orElse(null);
        if (a == null) {
            passwords.hash(password); // the same cost as a known login: no timing hint that it does not exist
            audit.record(OperatorAccount.actorOf(login), "console-sign-in-refused", login, "unknown or disabled account");
            throw new BadCredentialsException("bad credentials");
        }
        if (a.lockedAt(now)) {
            audit.record(a.actor(), "console-sign-in-refused", login, "locked until " + a.lockedUntil());
            throw new LockedException("locked");
        }
        if (!passwords.matches(password, a.passwordHash())) {
            accounts.failedSignIn(login, props.maxFailedSignIns(), now.plus(props.lockout()));
            audit.record(a.actor(), "console-sign-in-refused", login, "wrong password");
            throw new BadCredentialsException("bad credentials");
        }
        accounts.signedIn(login, now);
        audit.record(a.actor(), "console-signed-in", login, null);
        return UsernamePasswordAuthenticationToken.authenticated(ConsolePerson.of(a), null,
                List.of(new SimpleGrantedAuthority(a.role().authority())));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
