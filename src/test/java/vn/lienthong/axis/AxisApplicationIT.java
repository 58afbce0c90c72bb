package vn.lienthong.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.TrustService;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole application on its embedded defaults (test profile): H2 file, persistent embedded Artemis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
class AxisApplicationIT {
    static final Path DATA = TestDirs.fresh("app");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @LocalServerPort int port;
    @Autowired AgencyRepository agencies;
    @Autowired EmbeddedActiveMQ broker;
    @Autowired ConnectionFactory connectionFactory;
    @Autowired TrustService trust;
    @Autowired vn.lienthong.axis.directory.SampleDirectoryLoader loader;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void givenEmbeddedDefaults_whenStarted_thenHealthIsUpWithDatabaseBrokerAndDisk() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/actuator/health").statusCode() == 200);
        JsonNode health = json.readTree(send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer sample-admin-token")).body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("jms").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("diskSpace").path("details").path("path").asText())
                .isEqualTo(DATA.toString());
    }

    @Test
    void prometheusEndpointServesCamelAndJvmMetrics() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Bearer sample-scrape-token"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("camel_routes_running_routes").contains("jvm_memory_used_bytes")
                .contains("axis_dependency_up{component=\"db\"} 1.0")
                .contains("axis_dependency_up{component=\"jms\"} 1.0");
    }

    @Test
    void openApiDocumentDescribesTheRestAndAdminApis() throws Exception {
        HttpResponse<String> r = get("/api/v1/openapi");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(r.body());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/api/v1/packages")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/inbox")).isTrue();
        assertThat(doc.path("paths").has("/admin/api/v1/clients")).isTrue();
        assertThat(get("/api/v1/openapi.yaml").statusCode()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isIn(401, 403, 404);
        assertThat(get("/actuator/env").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void sampleDirectoryIsLoadedWithVietnameseNamesIntact() {
        assertThat(agencies.find("000.00.00.H99")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("UBND tỉnh Mẫu");
            assertThat(a.local()).isTrue();
        });
        assertThat(agencies.find("000.00.01.H99")).hasValueSatisfying(a ->
                assertThat(a.parentCode()).isEqualTo("000.00.00.H99"));
        assertThat(agencies.find("000.00.02.H99")).isPresent();
        assertThat(agencies.find("000.00.00.G22")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Văn phòng Chính phủ");
            assertThat(a.mode()).isEqualTo(DeliveryMode.UPSTREAM);
        });
    }

    @Test
    void givenAnOperatorChangedASampleAgency_whenTheSampleDirectoryIsLoadedAgain_thenTheChangeIsKept() throws Exception {
        var unit = agencies.find("000.00.02.H99").orElseThrow();
        agencies.upsert(new vn.lienthong.axis.directory.Agency(unit.code(), "Sở Tài chính (đổi tên)", unit.parentCode(),
                unit.local(), unit.mode(), unit.endpoint(), unit.signaturePolicy(), unit.active()), "admin");
        loader.run(null);
        assertThat(agencies.find("000.00.02.H99").orElseThrow().name()).isEqualTo("Sở Tài chính (đổi tên)");
        assertThat(agencies.find("000.00.01.H99").orElseThrow().name()).isEqualTo("Sở Nội vụ tỉnh Mẫu");
    }

    @Test
    void embeddedBrokerIsArtemis244PersistentWithDeadLetterAndBackoffForAxisQueues() {
        var server = broker.getActiveMQServer();
        assertThat(server.getVersion().getFullVersion()).isEqualTo("2.44.0");
        assertThat(server.getConfiguration().isPersistenceEnabled()).isTrue();
        assertThat(server.getConfiguration().getJournalDirectory()).startsWith(DATA.toString());
        AddressSettings s = server.getAddressSettingsRepository().getMatch("axis.delivery");
        assertThat(s.getDeadLetterAddress().toString()).isEqualTo("axis.dead-letter");
        assertThat(s.getExpiryAddress().toString()).isEqualTo("axis.expiry");
        assertThat(s.getRedeliveryMultiplier()).isEqualTo(2.0);
        assertThat(s.getMaxDeliveryAttempts()).isEqualTo(10);
    }

    /** ADR 042: a consumer busy with one message holds no others back from an idle one. */
    @Test
    void givenAConsumerBusyWithOneMessage_whenMoreArrive_thenAnIdleConsumerGetsThemAll() throws Exception {
        try (Connection c = connectionFactory.createConnection()) {
            c.start();
            Session busySession = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session idleSession = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = busySession.createQueue("axis.consumer-window-test");
            MessageConsumer busy = busySession.createConsumer(queue);
            MessageConsumer idle = idleSession.createConsumer(queue);
            MessageProducer producer = busySession.createProducer(queue);
            producer.send(busySession.createTextMessage("1"));
            assertThat(((TextMessage) busy.receive(10_000)).getText()).isEqualTo("1");
            for (String n : List.of("2", "3", "4")) {
                producer.send(busySession.createTextMessage(n));
            }
            List<String> taken = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Message m = idle.receive(10_000);
                assertThat(m).as("message %d of 3 reached the idle consumer", i + 1).isNotNull();
                taken.add(((TextMessage) m).getText());
            }
            assertThat(taken).containsExactly("2", "3", "4");
        }
    }

    @Test
    void trustServiceUsesTheSamplePkiOfTheTestProfile() {
        var unitCert = Pem.readCertificate(Path.of("certs-sample/sample-agency-000.00.01.h99-rsa-signing.pem"));
        assertThat(trust.check("000.00.01.H99", unitCert, java.util.List.of()).validation().chain()).hasSize(3);
        assertThatThrownBy(() -> trust.check("000.00.02.H99", unitCert, java.util.List.of()))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNER_NOT_SENDER));
        var revoked = Pem.readCertificate(Path.of("certs-sample/sample-revoked-signing.pem"));
        assertThatThrownBy(() -> trust.check("000.00.01.H99", revoked, java.util.List.of()))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
