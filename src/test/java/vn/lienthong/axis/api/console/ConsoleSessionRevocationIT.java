package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;

/**
 * An admin's change to an account applies to that person's open console sessions at their next request, over
 * real HTTP sessions: a new role replaces the session's authorities, a reset password or a disabled account ends
 * the session (and re-enabling does not bring it back), and a disabled account's personal API token is refused.
 */
class ConsoleSessionRevocationIT extends ConsoleTestBase {
    private static final String LOGIN = "pham.thi.d"; // not ConsoleBrowserIT's le.van.c: both run on one cached context
    private static final String FIRST = "mat-khau-dau-tien-2026";
    private static final String SECOND = "mat-khau-thu-hai-2026";

    @Test
    void givenAnOpenSession_whenAnAdminChangesRoleResetsPasswordOrDisables_thenTheNextRequestFollows() {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts", "login", LOGIN, "displayName", "Phạm Thị D", "role", "operator",
                "password", FIRST).statusCode()).isEqualTo(200);
        ConsoleBrowser person = ConsoleBrowser.signedIn(port, LOGIN, FIRST);
        assertThat(person.get("/console/audit").statusCode()).as("an operator").isEqualTo(403);
        assertThat(person.get("/console/agencies/new").statusCode()).isEqualTo(200);

        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/" + LOGIN + "/role", "role", "auditor").statusCode()).isEqualTo(302);
        assertThat(person.get("/console/audit").statusCode()).as("the same session, now an auditor").isEqualTo(200);
        assertThat(person.get("/console/agencies/new").statusCode()).as("no longer an operator").isEqualTo(403);

        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/" + LOGIN + "/password", "password", SECOND).statusCode()).isEqualTo(200);
        assertSentToSignIn(person.get("/console"));
        assertSentToSignIn(person.get("/console/audit"));

        ConsoleBrowser again = ConsoleBrowser.signedIn(port, LOGIN, SECOND);
        String token = token(again);
        Api api = new Api(port);
        assertThat(api.get("/admin/api/v1/deliveries", token, null).statusCode()).isEqualTo(200);
        again.get("/console/tokens"); // a form with a valid CSRF field, read while still enabled

        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/" + LOGIN + "/disable").statusCode()).isEqualTo(302);
        assertSentToSignIn(again.post("/console/tokens", "label", "after disabling"));
        assertThat(api.get("/admin/api/v1/deliveries", token, null).statusCode()).as("the personal token").isEqualTo(401);
        assertThat(new Api(port).get("/admin/api/v1/audit?person=" + LOGIN + "&action=api-token-issued", ADMIN_TOKEN,
                null).body()).doesNotContain("after disabling");

        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/" + LOGIN + "/enable").statusCode()).isEqualTo(302);
        assertSentToSignIn(again.get("/console"));
        assertThat(api.get("/admin/api/v1/deliveries", token, null).statusCode()).as("enabled again").isEqualTo(200);
    }

    private static void assertSentToSignIn(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));
    }

    private static String token(ConsoleBrowser b) {
        b.get("/console/tokens");
        HttpResponse<String> page = b.post("/console/tokens", "label", "session tests");
        Matcher m = Pattern.compile("id=\"api-token\">(axp_[A-Za-z0-9_-]+)<").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }
}
