package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.TestDirs;

/**
 * OpenID Connect sign-in against a real provider over HTTP ({@link OidcTestProvider}): the authorisation code
 * flow driven step by step with a cookie-keeping HTTP client; the preferred_username claim opens the existing
 * account of that login with its role; an unknown person and a token signed with a foreign key are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleSingleSignOnIT {
    static final OidcTestProvider PROVIDER = new OidcTestProvider();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("console-oidc").toString());
        r.add("axis.console.oidc.issuer-uri", PROVIDER::issuer);
        r.add("axis.console.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        r.add("axis.console.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        r.add("server.servlet.session.cookie.same-site", () -> "lax");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void givenThePersonHasAnAccount_whenSigningInAtTheProvider_thenTheConsoleOpensWithThatAccountsRole() throws Exception {
        assertThat(get(url("/console/login")).body()).contains("id=\"single-sign-on\"");
        PROVIDER.signWithForeignKey(false);
        PROVIDER.signInAs("operator");
        assertThat(signInThroughProvider()).endsWith("/console");
        HttpResponse<String> overview = get(url("/console"));
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("SAMPLE operator");
        assertThat(get(url("/console/audit")).statusCode()).as("the operator role applies").isEqualTo(403);
        JsonNode audit = Api.json(new Api(port).get("/admin/api/v1/audit?person=operator&action=console-signed-in",
                "sample-admin-token", null));
        assertThat(audit.findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("single sign-on from "
                + PROVIDER.issuer()));
    }

    @Test
    void givenNoAccountForTheClaim_thenRefusedAndAudited() throws Exception {
        PROVIDER.signWithForeignKey(false);
        PROVIDER.signInAs("khong.co.tai.khoan");
        assertThat(signInThroughProvider()).endsWith("/console/login?error");
        assertThat(get(url("/console")).statusCode()).isEqualTo(302);
        JsonNode audit = Api.json(new Api(port).get("/admin/api/v1/audit?person=khong.co.tai.khoan"
                + "&action=console-sign-in-refused", "sample-admin-token", null));
        assertThat(audit).isNotEmpty();
    }

    @Test
    void givenAnIdTokenSignedWithAKeyNotInTheJwks_thenRefused() throws Exception {
        PROVIDER.signWithForeignKey(true);
        PROVIDER.signInAs("admin");
        try {
            assertThat(signInThroughProvider()).endsWith("/console/login?error");
            assertThat(get(url("/console")).statusCode()).isEqualTo(302);
        } finally {
            PROVIDER.signWithForeignKey(false);
        }
    }

    /** Follows the flow: the console → the provider's authorisation → back to the console; the last Location. */
    private String signInThroughProvider() throws Exception {
        HttpResponse<String> start = get(url("/console/oauth2/authorization/oidc"));
        assertThat(start.statusCode()).isEqualTo(302);
        String toProvider = start.headers().firstValue("Location").orElseThrow();
        assertThat(toProvider).startsWith(PROVIDER.issuer() + "/authorize").contains("nonce=");
        HttpResponse<String> atProvider = get(toProvider);
        assertThat(atProvider.statusCode()).isEqualTo(302);
        String back = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith(url("/console/login/oauth2/code/oidc"));
        HttpResponse<String> callback = get(back);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        return callback.headers().firstValue("Location").orElseThrow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
