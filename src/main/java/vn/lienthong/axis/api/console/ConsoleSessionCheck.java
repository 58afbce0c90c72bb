package vn.lienthong.axis.api.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorAccounts;

/**
 * Checks a console session against its account on every request (one primary-key read), so an admin's change
 * applies at the person's next request on whichever node holds the session: a disabled or deleted account, or a
 * reset password, ends the session (the person is sent to the sign-in page); a changed role or display name
 * replaces the session's authorities and principal.
 */
final class ConsoleSessionCheck extends OncePerRequestFilter {
    private final OperatorAccounts accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ConsoleSessionCheck(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ConsolePerson person) {
            Optional<OperatorAccount> account = accounts.find(person.login()).filter(a -> a.disabledAt() == null)
                    .filter(a -> person.credentials().equals(ConsolePerson.credentialsOf(a)));
            if (account.isEmpty()) {
                end(request);
            } else if (!ConsolePerson.of(account.get()).equals(person)) {
                refresh(account.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void refresh(OperatorAccount a, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ConsolePerson.of(a), null,
                List.of(new SimpleGrantedAuthority(a.role().authority()))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
