package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lienthong.axis.console.OperatorAccounts;
import vn.lienthong.axis.console.OperatorPasswords;
import vn.lienthong.axis.console.OperatorRole;

/** Every console URL refuses anonymous callers and the roles that may not use it; sign-in is throttled. */
class ConsoleSecurityIT extends ConsoleTestBase {
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;
    @Autowired OperatorAccounts accounts;
    @Autowired OperatorPasswords passwords;

    record Call(String method, String path) {}

    /** Every console mapping, path variables filled in with "x". */
    private List<Call> consoleCalls() {
        List<Call> calls = new ArrayList<>();
        mvc.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/console") && !pattern.equals("/console/login")) {
                    for (RequestMethod m : methods(info)) {
                        calls.add(new Call(m.name(), pattern.replaceAll("\\{[^}]*}", "x")));
                    }
                }
            }
        });
        return calls;
    }

    @Test
    void givenEveryConsoleUrl_whenAnonymous_thenSentToSignInAndNothingDone() {
        ConsoleBrowser anonymous = new ConsoleBrowser(port);
        anonymous.get("/console/login"); // an anonymous session's CSRF token: the refusal must come from sign-in
        List<Call> calls = consoleCalls();
        assertThat(calls).contains(new Call("GET", "/console"), new Call("POST", "/console/deliveries/requeue"),
                new Call("GET", "/console/audit"), new Call("POST", "/console/clients"));
        for (Call c : calls) {
            HttpResponse<String> r = c.method().equals("GET") ? anonymous.get(c.path()) : anonymous.post(c.path(), "id", "1");
            assertThat(r.statusCode()).as(c.toString()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(c.toString()).hasValueSatisfying(l ->
                    assertThat(l).endsWith("/console/login"));
        }
    }

    @Test
    void givenAPostWithoutCsrfToken_whenSignedIn_thenRefused() {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        admin.get("/console/clients/new");
        HttpResponse<String> r = admin.postWithoutCsrf("/console/clients", "name", "forged", "agencies", "H99");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void givenEachRole_whenCallingWhatItMayNot_then403() {
        Set<Call> auditorMayNot = Set.of(new Call("POST", "/console/deliveries/requeue"),
                new Call("POST", "/console/clients"), new Call("POST", "/console/clients/x/revoke"),
                new Call("POST", "/console/agencies"), new Call("POST", "/console/agencies/x"),
                new Call("POST", "/console/agencies/x/suspend"), new Call("GET", "/console/agencies/new"),
                new Call("GET", "/console/agencies/x/edit"), new Call("GET", "/console/clients/new"),
                new Call("POST", "/console/routing/rules"), new Call("POST", "/console/routing/rules/delete"),
                new Call("POST", "/console/routing/aliases"), new Call("POST", "/console/routing/aliases/delete"));
        Set<Call> operatorMayNot = Set.of(new Call("GET", "/console/audit"), new Call("GET", "/console/packages/x/original"),
                new Call("GET", "/console/packages/x/evidence"), new Call("GET", "/console/packages/x/receipts/acceptance"),
                new Call("GET", "/console/packages/x/receipts/x"), new Call("GET", "/console/packages/x/verification-report"),
                new Call("GET", "/console/packages/x/container"), new Call("GET", "/console/duties"));
        Set<Call> adminOnly = consoleCalls().stream().filter(c -> c.path().startsWith("/console/accounts"))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(adminOnly).contains(new Call("GET", "/console/accounts"), new Call("POST", "/console/accounts"),
                new Call("POST", "/console/accounts/x/disable"), new Call("POST", "/console/accounts/x/enable"),
                new Call("POST", "/console/accounts/x/password"), new Call("POST", "/console/accounts/x/role"));
        assertRefused("auditor", auditorMayNot);
        assertRefused("auditor", adminOnly);
        assertRefused("operator", operatorMayNot);
        assertRefused("operator", adminOnly);
        assertThat(consoleCalls()).as("the lists name real console URLs").containsAll(auditorMayNot).containsAll(operatorMayNot);
    }

    private void assertRefused(String login, Set<Call> calls) {
        ConsoleBrowser b = ConsoleBrowser.signedIn(port, login, PASSWORD);
        b.get("/console");
        for (Call c : calls) {
            HttpResponse<String> r = c.method().equals("GET") ? b.get(c.path()) : b.post(c.path(), "id", "1",
                    "name", "x", "agencies", "x", "code", "x",
                    "pattern", "*.X99", "target", "upstream", "oldCode", "000.00.00.X98", "newCode", "000.00.00.X99",
                    "login", "x", "displayName", "x", "role", "auditor");
            assertThat(r.statusCode()).as(login + " " + c).isEqualTo(403);
        }
    }

    @Test
    void givenFiveWrongPasswords_thenTheAccountIsLockedEvenForTheRightOne() {
        accounts.createIfAbsent("lock-test", "Nguyễn Văn Khoá", OperatorRole.OPERATOR, passwords.hash("right-password-1"));
        ConsoleBrowser b = new ConsoleBrowser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(b.signIn("lock-test", "wrong").headers().firstValue("Location")).hasValueSatisfying(l ->
                    assertThat(l).endsWith("/console/login?error"));
        }
        assertThat(b.signIn("lock-test", "right-password-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        assertThat(accounts.find("lock-test").orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void givenTheRightPassword_thenSignedInAndLastSignInRecorded() {
        ConsoleBrowser b = ConsoleBrowser.signedIn(port, "auditor", PASSWORD);
        assertThat(accounts.find("auditor").orElseThrow().lastSignInAt()).isNotNull();
        HttpResponse<String> overview = b.get("/console");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Tổng quan", "SAMPLE auditor");
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> m = info.getMethodsCondition().getMethods();
        return m.isEmpty() ? Set.of(RequestMethod.GET) : m;
    }
}
