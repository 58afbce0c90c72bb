package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
