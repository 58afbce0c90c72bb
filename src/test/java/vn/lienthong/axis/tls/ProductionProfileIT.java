package vn.lienthong.axis.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisProcess;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.SampleTls;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/**
 * The jar in the production profile (PostgreSQL, a non-sample root and signing key, TLS terminated by a declared
 * proxy at 10.9.9.9), started as its own JVM as an operator would, with Kubernetes' environment variables set
 * (on a cloud platform Spring Boot otherwise believes X-Forwarded-* from any private address).
 */
@RequiresPostgres
class ProductionProfileIT {
    static final String ADMIN_TOKEN = "prod-admin-token-0123456789-abcdefghijklmnop";
    static final Path DATA = TestDirs.fresh("production");
    static final IssuedCertificate ROOT = CertificateBuilder.ca("CN=Province Root CA, O=UBND Tinh, C=VN")
            .validFor(Duration.ofDays(3650)).build();
    static AxisProcess axis;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path root = Files.writeString(DATA.resolve("province-root.pem"), Pem.toPem(ROOT.certificate()));
        Path signing = DATA.resolve("axis-signing.p12");
        IssuedCertificate key = CertificateBuilder.signing("CN=axis signing, O=UBND Tinh, C=VN").issuedBy(ROOT)
                .validFor(Duration.ofDays(365)).build();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("axis", key.privateKey(), "pw".toCharArray(), key.chain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(signing)) {
            ks.store(out, "pw".toCharArray());
        }
        axis = new AxisProcess(DATA.resolve("axis"), "512m",
                "--spring.datasource.url=" + Postgres.freshSchemaUrl("axis_production"),
                "--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=" + Postgres.PASSWORD,
                "--axis.trust.anchors=" + root, "--axis.signing.key-store=" + signing,
                "--axis.signing.key-store-password=pw", "--axis.admin.token=" + ADMIN_TOKEN,
                "--axis.tls.terminated-by-proxy=true", "--axis.tls.trusted-proxies=10.9.9.9")
                .profile("production").env("KUBERNETES_SERVICE_HOST", "10.96.0.1")
                .env("KUBERNETES_SERVICE_PORT", "443")
                .env("AXIS_VXP_SECRET_KEY", "cHJvdmluY2Uta2V5LWZvci10aGUtdGVzdC0zMmJ5dGU=").start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (axis != null) {
            axis.close();
        }
    }

    @Test
    void givenProduction_whenARenamedCopyOfTheSampleRootIsPostedAsTrustAnchor_thenRefusedAndNotTrusted()
            throws Exception {
        String renamed = Files.readString(Path.of("certs-sample/sample-root-ca.pem"));
        HttpResponse<String> r = admin("/admin/api/v1/trust-anchors", Map.of("pem", renamed));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(Api.json(r).path("field").asText()).isEqualTo("pem");
        assertThat(Api.json(r).path("detail").asText()).contains("SAMPLE");
        assertThat(anchors()).doesNotContain("Sample Root CA");
    }

    @Test
    void givenProduction_whenASoftFailAnchorIsPosted_thenRefused_andTheSameCaHardFailIsAccepted() throws Exception {
        String pem = Pem.toPem(CertificateBuilder.ca("CN=Ministry CA, O=Bo, C=VN").validFor(Duration.ofDays(900))
                .build().certificate());

        HttpResponse<String> soft = admin("/admin/api/v1/trust-anchors", Map.of("pem", pem, "revocation", "soft-fail"));
        HttpResponse<String> hard = admin("/admin/api/v1/trust-anchors", Map.of("pem", pem, "revocation", "hard-fail"));

        assertThat(soft.statusCode()).as(soft.body()).isEqualTo(400);
        assertThat(Api.json(soft).path("field").asText()).isEqualTo("revocation");
        assertThat(hard.statusCode()).as(hard.body()).isEqualTo(201);
        assertThat(anchors()).contains("Ministry CA");
    }

    @Test
    void givenProduction_whenASampleClientCertificateIsRegistered_thenRefused() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "DMS");
        body.put("agencies", List.of("000.00.00.H99"));
        body.put("certificatePem", Files.readString(SampleTls.clientPem("000.00.00.H99")));
        agency("000.00.00.H99");

        HttpResponse<String> r = admin("/admin/api/v1/clients", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(Api.json(r).path("field").asText()).isEqualTo("certificatePem");
        assertThat(Api.json(r).path("detail").asText()).contains("SAMPLE");
    }

    @Test
    void givenProduction_whenASampleSigningCertificateIsGivenToAnAgency_thenRefusedAndNothingStored() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "000.00.02.H99");
        body.put("name", "UBND");
        body.put("signingCertificates", List.of(Files.readString(
                Path.of("certs-sample/sample-agency-000.00.02.h99-rsa-signing.pem"))));

        HttpResponse<String> r = admin("/admin/api/v1/agencies", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(Api.json(r).path("field").asText()).isEqualTo("signingCertificates");
        assertThat(Api.json(r).path("detail").asText()).contains("SAMPLE");
        assertThat(http.send(HttpRequest.newBuilder(uri("/admin/api/v1/agencies/000.00.02.H99"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("no agency created").isEqualTo(404);
    }

    @Test
    void givenProxyDeclaredAt10_9_9_9_whenLocalhostSendsXForwardedHeaders_thenTheyAreNotBelieved() throws Exception {
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(uri("/ws/axis?wsdl"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("http://127.0.0.1:" + axis.port() + "/ws/axis").doesNotContain("evil.example");
    }

    private void agency(String code) throws Exception {
        admin("/admin/api/v1/agencies", Map.of("code", code, "name", "UBND", "mode", "pull",
                "signaturePolicy", "required"));
    }

    private String anchors() throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/admin/api/v1/trust-anchors"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> admin(String path, Map<String, ?> body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + axis.port() + path);
    }
}
