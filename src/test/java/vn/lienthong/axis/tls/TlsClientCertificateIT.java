package vn.lienthong.axis.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.SampleTls;
import vn.lienthong.axis.support.TestDirs;

/**
 * The whole application with {@code --spring.profiles.active=test,tls} on a random port: HTTPS with the SAMPLE
 * TLS key, client certificates wanted. Real TLS sockets; clients built on the SAMPLE PKI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "tls"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsClientCertificateIT {
    static final Path DATA = TestDirs.fresh("tls");
    static final String CERT_ONLY = "000.00.00.H99";
    static final String CERT_AND_TOKEN = "000.00.01.H99";
    static final String TOKEN_ONLY = "000.00.02.H99";
    static final String UNREGISTERED_CERT = "000.00.00.G22";
    static final String ADMIN = "Bearer sample-admin-token";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @LocalServerPort int port;
    String bothToken;
    String tokenOnlyToken;

    @BeforeAll
    void registerClients() throws Exception {
        JsonNode certOnly = register(CERT_ONLY, Files.readString(SampleTls.clientPem(CERT_ONLY)), false, 201);
        assertThat(certOnly.has("token")).as("a certificate-only client gets no token").isFalse();
        assertThat(certOnly.path("certificateSha256").asText()).hasSize(64);
        bothToken = register(CERT_AND_TOKEN, Files.readString(SampleTls.clientPem(CERT_AND_TOKEN)), true, 201)
                .path("token").asText();
        tokenOnlyToken = register(TOKEN_ONLY, null, false, 201).path("token").asText();
        assertThat(bothToken).startsWith("axc_");
    }

    @Test
    void givenTlsProfile_thenTheApiAnswersOverHttpsWithTheSampleKey_andAClientNotTrustingTheSampleRootFailsTheHandshake()
            throws Exception {
        HttpResponse<String> health = get(SampleTls.client(null), "/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.sslSession().orElseThrow().getPeerCertificates()[0].toString())
                .contains("CN=localhost").contains("NOT FOR PRODUCTION");

        HttpClient jvmDefaults = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThatThrownBy(() -> get(jvmDefaults, "/actuator/health", null, null))
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void givenTlsProfile_whenPlainHttpToTheSamePort_thenTheApiIsNotServed() throws Exception {
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/agencies")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException refused) {
            return; // the connection was closed: nothing was served either
        }
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("000.00.00.H99");
    }

    @Test
    void givenClientRegisteredWithCertificateAlone_whenItPresentsTheCertificateWithoutToken_thenAuthenticated()
            throws Exception {
        HttpResponse<String> r = get(SampleTls.client(SampleTls.clientP12(CERT_ONLY)), "/api/v1/inbox", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void givenClientRegisteredWithCertificateAlone_whenCalledWithoutTheCertificate_thenUnauthenticated()
            throws Exception {
        HttpResponse<String> r = get(SampleTls.client(null), "/api/v1/inbox", null, CERT_ONLY);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Api.json(r).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void givenCertificateTrustedByTheServerButRegisteredForNoClient_thenUnauthenticated() throws Exception {
        HttpResponse<String> r = get(SampleTls.client(SampleTls.clientP12(UNREGISTERED_CERT)), "/api/v1/inbox",
                null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Api.json(r).path("detail").asText()).contains("not registered");
    }

    @Test
    void givenClientRegisteredWithTokenAndCertificate_whenItPresentsOnlyOne_thenRefused_andBothAuthenticate()
            throws Exception {
        HttpClient withCert = SampleTls.client(SampleTls.clientP12(CERT_AND_TOKEN));
        HttpClient withoutCert = SampleTls.client(null);

        HttpResponse<String> certOnly = get(withCert, "/api/v1/inbox", null, null);
        HttpResponse<String> tokenOnly = get(withoutCert, "/api/v1/inbox", bothToken, null);
        HttpResponse<String> tokenWithOtherCert = get(SampleTls.client(SampleTls.clientP12(CERT_ONLY)),
                "/api/v1/inbox", bothToken, null);
        HttpResponse<String> both = get(withCert, "/api/v1/inbox", bothToken, null);

        assertThat(certOnly.statusCode()).isEqualTo(401);
        assertThat(Api.json(certOnly).path("detail").asText()).contains("token");
        assertThat(tokenOnly.statusCode()).isEqualTo(401);
        assertThat(Api.json(tokenOnly).path("field").asText()).isEqualTo("TLS client certificate");
        assertThat(tokenWithOtherCert.statusCode()).isEqualTo(401);
        assertThat(both.statusCode()).as(both.body()).isEqualTo(200);
    }

    @Test
    void givenTokenOnlyClient_overTlsWithoutCertificate_thenStillAuthenticatedByItsToken() throws Exception {
        HttpResponse<String> r = get(SampleTls.client(null), "/api/v1/inbox", tokenOnlyToken, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void givenCertificateOnlyClient_onTheSoapEdgeWithoutAxisAuthToken_thenAuthenticatedByItsCertificate()
            throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Body><a:ListAgencies/></soap:Body></soap:Envelope>";
        HttpResponse<String> withCert = soap(SampleTls.client(SampleTls.clientP12(CERT_ONLY)), envelope);
        HttpResponse<String> withoutCert = soap(SampleTls.client(null), envelope);

        assertThat(withCert.statusCode()).as(withCert.body()).isEqualTo(200);
        assertThat(withCert.body()).contains("ListAgenciesResponse").contains("000.00.01.H99");
        assertThat(withoutCert.statusCode()).isEqualTo(500);
        assertThat(withoutCert.body()).contains("UNAUTHENTICATED").doesNotContain("ListAgenciesResponse");
    }

    @Test
    void givenCaCertificateOrGarbageAsClientCertificate_thenRegistrationRefusedNamingTheField() throws Exception {
        JsonNode ca = register(TOKEN_ONLY, Files.readString(Path.of("certs-sample/sample-intermediate-ca.pem")),
                false, 400);
        assertThat(ca.path("field").asText()).isEqualTo("certificatePem");
        assertThat(ca.path("detail").asText()).contains("CA certificate");
        JsonNode garbage = register(TOKEN_ONLY, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                false, 400);
        assertThat(garbage.path("field").asText()).isEqualTo("certificatePem");
        JsonNode again = register(CERT_ONLY, Files.readString(SampleTls.clientPem(CERT_ONLY)), false, 400);
        assertThat(again.path("detail").asText()).contains("already registered");
    }

    private JsonNode register(String agency, String pem, boolean issueToken, int expected) throws Exception {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name", "DMS of " + agency);
        fields.put("agencies", java.util.List.of(agency));
        fields.put("issueToken", issueToken);
        if (pem != null) {
            fields.put("certificatePem", pem);
        }
        String body = Api.JSON.writeValueAsString(fields);
        HttpResponse<String> r = SampleTls.client(null).send(HttpRequest.newBuilder(uri("/admin/api/v1/clients"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return Api.json(r);
    }

    private HttpResponse<String> get(HttpClient http, String path, String token, String agency) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (agency != null) {
            b.header("X-Agency", agency);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> soap(HttpClient http, String envelope) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/ws/axis")).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:lienthong:axis:v1:ListAgencies\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }
}
