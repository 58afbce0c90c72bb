package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.console.AuditQuery;
import vn.lienthong.axis.support.Api;

/**
 * Console and admin actions are in the audit log under the person's name: console forms, and admin API calls
 * made with a personal token (within the person's role); GET /admin/api/v1/audit filters by person, action,
 * agency and day.
 */
class ConsoleAuditIT extends ConsoleTestBase {
    private static final Pattern TOKEN = Pattern.compile("id=\"api-token\">(axp_[A-Za-z0-9_-]+)<");

    @Test
    void givenConsoleActions_thenEachIsAuditedWithThePersonsName() {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        admin.get("/console/agencies/new");
        HttpResponse<String> created = admin.post("/console/agencies", "code", "000.00.31.H99", "name", "Sở Y tế tỉnh Mẫu",
                "mode", "pull", "signaturePolicy", "required", "status", "active", "local", "true");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        admin.get("/console/agencies/000.00.31.H99");
        assertThat(admin.post("/console/agencies/000.00.31.H99/suspend").statusCode()).isEqualTo(302);
        admin.get("/console/clients/new");
        HttpResponse<String> client = admin.post("/console/clients", "name", "DMS Sở Y tế", "agencies", "000.00.31.H99");
        assertThat(client.statusCode()).isEqualTo(200);
        assertThat(client.headers().firstValue("Cache-Control")).hasValue("no-store");
        admin.post("/console/language", "lang", "en");
        admin.post("/console/language", "lang", "vi"); // the preference is stored: leave admin's default for the other tests

        JsonNode mine = audit("person=admin&from=" + LocalDate.now(AuditQuery.VIETNAM));
        assertThat(mine.findValuesAsText("action")).contains("console-signed-in", "agency-created", "agency-updated",
                "client-registered", "console-language-set");
        // other tests of this context use the shared bootstrap token, audited as "admin": the console's own entries name the person
        assertThat(mine).filteredOn(e -> e.path("action").asText().startsWith("console-"))
                .allSatisfy(e -> assertThat(e.path("actor").asText()).isEqualTo("user:admin"));
        JsonNode agency = audit("agency=000.00.31.H99");
        assertThat(agency.findValuesAsText("actor")).containsOnly("user:admin");
        assertThat(agency.findValuesAsText("action")).contains("agency-created", "agency-updated", "client-registered");
        assertThat(agency.findValuesAsText("detail")).anyMatch(d -> d.contains("status=suspended"));
        assertThat(audit("action=client-registered&person=admin")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("action").asText()).isEqualTo("client-registered"));
        assertThat(audit("person=admin&to=" + LocalDate.now(AuditQuery.VIETNAM).minusDays(2))).isEmpty();
    }

    @Test
    void givenAPersonalToken_thenAdminCallsAreAuditedUnderThatPersonWithinItsRole() {
        String adminToken = issueToken("admin");
        Api api = new Api(port);
        HttpResponse<String> agency = api.postJson("/admin/api/v1/agencies", adminToken, null,
                "{\"code\":\"000.00.32.H99\",\"name\":\"Sở Giáo dục tỉnh Mẫu\"}");
        assertThat(agency.statusCode()).as(agency.body()).isEqualTo(201);
        assertThat(audit("agency=000.00.32.H99").findValuesAsText("actor")).containsExactly("user:admin");

        String auditorToken = issueToken("auditor");
        assertThat(api.get("/admin/api/v1/audit?person=auditor", auditorToken, null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.postJson("/admin/api/v1/agencies", auditorToken, null,
                "{\"code\":\"000.00.33.H99\",\"name\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Api.json(refused).path("code").asText()).isEqualTo("FORBIDDEN");

        String operatorToken = issueToken("operator");
        assertThat(api.postJson("/admin/api/v1/trust-anchors", operatorToken, null, "{}").statusCode()).isEqualTo(403);
        assertThat(api.get("/admin/api/v1/clients", "axp_not-a-token", null).statusCode()).isEqualTo(401);
        assertThat(audit("person=auditor&action=api-token-issued")).hasSize(1);
    }

    @Test
    void givenARevokedPersonalToken_thenRefused() {
        ConsoleBrowser operator = ConsoleBrowser.signedIn(port, "operator", PASSWORD);
        operator.get("/console/tokens");
        String token = token(operator.post("/console/tokens", "label", "to revoke"));
        Api api = new Api(port);
        assertThat(api.get("/admin/api/v1/deliveries", token, null).statusCode()).isEqualTo(200);
        String id = audit("person=operator&action=api-token-issued").get(0).path("target").asText();
        operator.get("/console/tokens");
        assertThat(operator.post("/console/tokens/" + id + "/revoke").statusCode()).isEqualTo(302);
        assertThat(api.get("/admin/api/v1/deliveries", token, null).statusCode()).isEqualTo(401);
        assertThat(audit("person=operator&action=api-token-revoked").findValuesAsText("target")).contains(id);
    }

    @Test
    void givenAnAgencyCertificate_whenRetiredAndRemovedInTheConsole_thenShownAndAudited() throws Exception {
        String pem = java.nio.file.Files.readString(vn.lienthong.axis.support.SampleKeys.signingPem(B, false));
        String sha = vn.lienthong.axis.trust.Certificates.sha256(vn.lienthong.axis.trust.Pem.readCertificate(
                vn.lienthong.axis.support.SampleKeys.signingPem(B, false)));
        String code = "000.00.34.H99";
        assertThat(new Api(port).postJson("/admin/api/v1/agencies", ADMIN_TOKEN, null, Api.JSON.writeValueAsString(
                java.util.Map.of("code", code, "name", "Sở Xây dựng", "signingCertificates", java.util.List.of(pem))))
                .statusCode()).isEqualTo(201);
        ConsoleBrowser operator = ConsoleBrowser.signedIn(port, "operator", PASSWORD);
        assertThat(operator.get("/console/agencies/" + code).body()).contains(sha);
        assertThat(operator.post("/console/agencies/" + code + "/certificates/" + sha + "/retire", "on", "2030-01-02")
                .statusCode()).isEqualTo(302);
        assertThat(operator.get("/console/agencies/" + code).body()).contains("02/01/2030 00:00:00");
        assertThat(operator.post("/console/agencies/" + code + "/certificates/" + sha + "/remove").statusCode())
                .isEqualTo(302);
        assertThat(operator.get("/console/agencies/" + code).body()).doesNotContain(sha);
        assertThat(operator.get("/console/trust-anchors").statusCode()).isEqualTo(200);
        assertThat(operator.post("/console/trust-anchors/" + sha + "/remove").statusCode()).as("admin only").isEqualTo(403);
        JsonNode audit = audit("agency=" + code + "&person=operator");
        assertThat(audit.findValuesAsText("action")).contains("agency-certificate-retired", "agency-certificate-removed");
    }

    @Test
    void givenAccountActionsByAnAdmin_thenTheyTakeEffectAndAreAuditedWithTheAdminsName() {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        admin.get("/console/accounts");
        HttpResponse<String> tooShort = admin.post("/console/accounts", "login", "tran.thi.b", "displayName", "Trần Thị B",
                "role", "operator", "password", "short");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("BAD_REQUEST", "password");
        assertThat(admin.get("/console/accounts").body()).as("nothing created").doesNotContain("tran.thi.b");

        HttpResponse<String> created = admin.post("/console/accounts", "login", "tran.thi.b", "displayName", "Trần Thị B",
                "role", "operator", "password", "");
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher m = Pattern.compile("id=\"initial-password\">([^<]+)<").matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        String initial = m.group(1);
        ConsoleBrowser b = ConsoleBrowser.signedIn(port, "tran.thi.b", initial);
        assertThat(b.get("/console").body()).contains("Trần Thị B");
        assertThat(b.get("/console/audit").statusCode()).as("an operator").isEqualTo(403);

        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/tran.thi.b/role", "role", "auditor").statusCode()).isEqualTo(302);
        assertThat(ConsoleBrowser.signedIn(port, "tran.thi.b", initial).get("/console/audit").statusCode()).isEqualTo(200);
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/tran.thi.b/password", "password", "mat-khau-moi-2026").statusCode())
                .isEqualTo(200);
        assertThat(new ConsoleBrowser(port).signIn("tran.thi.b", initial).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        ConsoleBrowser.signedIn(port, "tran.thi.b", "mat-khau-moi-2026");
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/tran.thi.b/disable").statusCode()).isEqualTo(302);
        assertThat(new ConsoleBrowser(port).signIn("tran.thi.b", "mat-khau-moi-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/tran.thi.b/enable").statusCode()).isEqualTo(302);
        ConsoleBrowser.signedIn(port, "tran.thi.b", "mat-khau-moi-2026");
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/admin/disable").statusCode()).as("not one's own account").isEqualTo(403);

        for (String action : List.of("account-created", "account-role-changed", "account-password-reset",
                "account-disabled", "account-enabled")) {
            assertThat(audit("person=admin&action=" + action)).as(action)
                    .anySatisfy(e -> {
                        assertThat(e.path("target").asText()).isEqualTo("tran.thi.b");
                        assertThat(e.path("actor").asText()).isEqualTo("user:admin");
                    });
        }
        assertThat(audit("person=admin&action=account-password-reset").toString()).as("no password in the log")
                .doesNotContain("mat-khau-moi-2026").doesNotContain(initial);
    }

    @Test
    void givenRouteRulesAndAliasesChangedInTheConsole_thenTheAdminApiSeesThemAndEachChangeIsAudited() {
        ConsoleBrowser operator = ConsoleBrowser.signedIn(port, "operator", PASSWORD);
        operator.get("/console/routing");
        HttpResponse<String> bad = operator.post("/console/routing/rules", "pattern", "*.G31", "target", "sideways");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("BAD_REQUEST", "target");
        operator.get("/console/routing");
        assertThat(operator.post("/console/routing/rules", "pattern", "*.G31", "target", "upstream").statusCode())
                .isEqualTo(302);
        operator.get("/console/routing");
        assertThat(operator.post("/console/routing/aliases", "oldCode", "000.00.41.H99", "newCode", "000.00.42.H99",
                "reason", "Sáp nhập tỉnh").statusCode()).isEqualTo(302);
        assertThat(operator.get("/console/routing").body()).contains("*.G31", "000.00.42.H99", "Sáp nhập tỉnh");
        Api api = new Api(port);
        assertThat(api.get("/admin/api/v1/routes", ADMIN_TOKEN, null).body()).contains("*.G31");
        assertThat(api.get("/admin/api/v1/aliases", ADMIN_TOKEN, null).body()).contains("000.00.41.H99");
        assertThat(operator.post("/console/routing/aliases", "oldCode", "000.00.43.H99", "newCode", "000.00.43.H99")
                .statusCode()).as("its own successor").isEqualTo(400);

        operator.get("/console/routing");
        assertThat(operator.post("/console/routing/rules/delete", "pattern", "*.G31").statusCode()).isEqualTo(302);
        operator.get("/console/routing");
        assertThat(operator.post("/console/routing/aliases/delete", "oldCode", "000.00.41.H99").statusCode()).isEqualTo(302);
        assertThat(operator.get("/console/routing").body()).doesNotContain("*.G31").doesNotContain("000.00.41.H99");
        assertThat(api.get("/admin/api/v1/aliases", ADMIN_TOKEN, null).body()).doesNotContain("000.00.43.H99");
        for (String action : List.of("route-rule-set", "route-rule-deleted", "alias-set", "alias-deleted")) {
            assertThat(audit("person=operator&action=" + action)).as(action).anySatisfy(e -> {
                assertThat(e.path("actor").asText()).isEqualTo("user:operator");
                assertThat(e.path("target").asText()).isIn("*.G31", "000.00.41.H99");
            });
        }
    }

    private String issueToken(String login) {
        ConsoleBrowser b = ConsoleBrowser.signedIn(port, login, PASSWORD);
        b.get("/console/tokens");
        return token(b.post("/console/tokens", "label", "tests"));
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    private JsonNode audit(String query) {
        HttpResponse<String> r = new Api(port).get("/admin/api/v1/audit?" + query, ADMIN_TOKEN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r);
    }
}
