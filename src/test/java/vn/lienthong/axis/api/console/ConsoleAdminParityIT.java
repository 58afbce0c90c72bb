package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/**
 * The console and the admin API apply the same rules through the same services (ADR 035): a change made in one
 * is seen in the other and audited under the person; a refusal carries the same code, field and detail in both.
 */
class ConsoleAdminParityIT extends ConsoleTestBase {
    private static final String AGENCY = "000.00.35.H99";

    @Test
    void givenAnAgency_whenCreatedAgainOrGivenAnUnknownMode_thenBothEdgesRefuseAlike() throws Exception {
        Api api = new Api(port);
        String body = Api.JSON.writeValueAsString(Map.of("code", AGENCY, "name", "Sở Tư pháp tỉnh Mẫu"));
        assertThat(api.postJson("/admin/api/v1/agencies", ADMIN_TOKEN, null, body).statusCode()).isEqualTo(201);
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        admin.get("/console/agencies/new");

        HttpResponse<String> again = admin.post("/console/agencies", "code", AGENCY, "name", "Sở Tư pháp tỉnh Mẫu",
                "mode", "pull", "signaturePolicy", "required", "status", "active", "local", "true");
        sameRefusal(again, api.postJson("/admin/api/v1/agencies", ADMIN_TOKEN, null, body), 400,
                "agency " + AGENCY + " exists; use PUT to change it");

        admin.get("/console/agencies/" + AGENCY + "/edit");
        HttpResponse<String> badMode = admin.post("/console/agencies/" + AGENCY, "name", "Sở Tư pháp", "mode", "fax",
                "signaturePolicy", "required", "status", "active", "local", "true");
        String badModeBody = Api.JSON.writeValueAsString(Map.of("name", "Sở Tư pháp", "mode", "fax"));
        sameRefusal(badMode, api.send(api.request("/admin/api/v1/agencies/" + AGENCY, ADMIN_TOKEN, null)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(badModeBody)).build()), 400,
                "mode must be pull|push|upstream|peer");
        assertThat(Api.json(api.get("/admin/api/v1/agencies/" + AGENCY, ADMIN_TOKEN, null)).path("name").asText())
                .as("neither refusal changed it").isEqualTo("Sở Tư pháp tỉnh Mẫu");
    }

    @Test
    void givenATrustAnchorAddedThroughTheAdminApi_whenAnAdminRemovesItInTheConsole_thenGoneAndAuditedUnderThePerson()
            throws Exception {
        IssuedCertificate ca = CertificateBuilder.ca("CN=Parity test root,O=Test CA,C=VN").build();
        String sha = Certificates.sha256(ca.certificate());
        Api api = new Api(port);
        assertThat(api.postJson("/admin/api/v1/trust-anchors", ADMIN_TOKEN, null,
                Api.JSON.writeValueAsString(Map.of("pem", Pem.toPem(ca.certificate())))).statusCode()).isEqualTo(201);
        ConsoleBrowser admin = ConsoleBrowser.signedIn(port, "admin", PASSWORD);
        assertThat(admin.get("/console/trust-anchors").body()).contains(sha);

        assertThat(admin.post("/console/trust-anchors/" + sha + "/remove").statusCode()).isEqualTo(302);
        assertThat(Api.json(api.get("/admin/api/v1/trust-anchors", ADMIN_TOKEN, null)).findValuesAsText("sha256"))
                .doesNotContain(sha);
        JsonNode audit = Api.json(api.get("/admin/api/v1/audit?action=trust-anchor-removed&person=admin", ADMIN_TOKEN,
                null));
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.path("target").asText()).isEqualTo(sha);
            assertThat(e.path("actor").asText()).isEqualTo("user:admin");
        });

        admin.get("/console/trust-anchors");
        sameRefusal(admin.post("/console/trust-anchors/" + sha + "/remove"),
                api.send(api.request("/admin/api/v1/trust-anchors/" + sha, ADMIN_TOKEN, null).DELETE().build()), 404,
                "no trust anchor " + sha + " added through the admin API");
    }

    /** The console's refusal page and the admin API's problem: one status, code, field and detail. */
    private static void sameRefusal(HttpResponse<String> console, HttpResponse<String> admin, int status,
                                    String detailStart) {
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(status);
        assertThat(console.statusCode()).as(console.body()).isEqualTo(status);
        JsonNode problem = Api.json(admin);
        assertThat(problem.path("detail").asText()).startsWith(detailStart);
        assertThat(console.body()).contains("<strong>" + problem.path("code").asText() + "</strong>",
                "(" + problem.path("field").asText() + ")", problem.path("detail").asText());
    }
}
