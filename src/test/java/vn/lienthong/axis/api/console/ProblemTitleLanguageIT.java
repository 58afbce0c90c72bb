package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;

/**
 * The REST problem's title follows Accept-Language over real HTTP, both for refusals of the edge's filters (no
 * credentials) and of the controllers (no such agency): Vietnamese by default, English for {@code en}.
 */
class ProblemTitleLanguageIT extends ConsoleTestBase {

    @Test
    void givenNoCredentials_whenRefusedByTheEdge_thenTitleInTheAskedLanguage() {
        assertTitle(problem("/api/v1/inbox", null, null), "UNAUTHENTICATED", "Cần xác thực");
        assertTitle(problem("/api/v1/inbox", null, "vi-VN"), "UNAUTHENTICATED", "Cần xác thực");
        assertTitle(problem("/api/v1/inbox", null, "en-GB,en;q=0.8"), "UNAUTHENTICATED", "Authentication is required");
    }

    @Test
    void givenAnUnknownAgency_whenRefusedByTheController_thenTitleInTheAskedLanguage() {
        String path = "/admin/api/v1/agencies/000.00.99.Z99";
        assertTitle(problem(path, ADMIN_TOKEN, null), "NOT_FOUND", "Không tìm thấy");
        assertTitle(problem(path, ADMIN_TOKEN, "en"), "NOT_FOUND", "No such item");
        assertTitle(problem(path, ADMIN_TOKEN, "fr-FR"), "NOT_FOUND", "Không tìm thấy");
    }

    private JsonNode problem(String path, String token, String language) {
        Api api = new Api(port);
        HttpRequest.Builder b = api.request(path, token, null).GET();
        if (language != null) {
            b.header("Accept-Language", language);
        }
        var r = api.send(b.build());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Api.json(r);
    }

    private static void assertTitle(JsonNode problem, String code, String title) {
        assertThat(problem.path("code").asText()).as(problem.toString()).isEqualTo(code);
        assertThat(problem.path("title").asText()).isEqualTo(title);
    }
}
