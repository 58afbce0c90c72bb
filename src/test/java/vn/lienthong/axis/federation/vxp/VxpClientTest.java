package vn.lienthong.axis.federation.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** The client against a loopback server that authenticates it with the real {@link VxpRequestVerifier}. */
class VxpClientTest {
    private static final String SECRET = "sample-vxp-secret";
    private HttpServer server;
    private final List<String> uploads = new CopyOnWriteArrayList<>();
    private final List<String> callers = new CopyOnWriteArrayList<>();
    private volatile String nextAnswer;
    private volatile int nextStatus = 200;
    private VxpClient client;

    @BeforeEach
    void start() throws IOException {
        VxpRequestVerifier verifier = new VxpRequestVerifier(
                id -> "vxp.sample.01".equals(id) ? Optional.of(SECRET) : Optional.empty(),
                Duration.ofDays(7), Clock.systemUTC());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/vxp/", ex -> handle(ex, verifier));
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/vxp/");
        client = new VxpClient(new VxpClient.Endpoint(base, "vxp.sample.01", SECRET, Duration.ofSeconds(2)),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex, VxpRequestVerifier verifier) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        try {
            var caller = verifier.verify(ex.getRequestHeaders()::getFirst);
            callers.add(ex.getRequestURI().getPath() + " " + caller.systemId());
            if (ex.getRequestURI().getPath().endsWith("sendEdoc")) {
                uploads.add(new String(body, StandardCharsets.UTF_8));
            }
        } catch (AxisException e) {
            nextAnswer = "{\"status\":\"FAIL\",\"ErrorCode\":\"301\",\"ErrorDesc\":\"" + e.code() + "\"}";
        }
        byte[] answer = nextAnswer.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(nextStatus, answer.length);
        ex.getResponseBody().write(answer);
        ex.close();
    }

    @Test
    void sendEdocUploadsTheRawFileWithTrailingCrlfAndSignedHashFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("goi-tin.edxml");
        Files.writeString(file, "<edXML>Văn bản</edXML>", StandardCharsets.UTF_8);
        nextAnswer = "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"ok\",\"DocId\":\"vxp-42\"}";
        VxpEnvelope env = client.sendEdoc(file, "000.00.01.H99", "edoc");
        assertThat(env.succeeded()).isTrue();
        assertThat(env.docId()).isEqualTo("vxp-42");
        assertThat(uploads).containsExactly("<edXML>Văn bản</edXML>\r\n");
        assertThat(callers).containsExactly("/vxp/sendEdoc vxp.sample.01");
    }

    @Test
    void receivedListReadsTheItems() {
        nextAnswer = "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[{\"docId\":\"d1\",\"from\":\"000.00.00.G22\","
                + "\"to\":\"000.00.01.H99\",\"messageType\":\"status\",\"status\":\"initial\"}]}";
        assertThat(client.receivedList("status")).containsExactly(
                new VxpClient.ReceivedItem("d1", "000.00.00.G22", "000.00.01.H99", "status", "initial"));
    }

    @Test
    void givenHttp500_thenRetryableDependencyUnavailable() {
        nextStatus = 500;
        nextAnswer = "oops";
        assertUnavailable(() -> client.updateStatus("d1", "done", null), "HTTP 500");
    }

    @Test
    void givenMalformedJson_thenRetryableDependencyUnavailable() {
        nextAnswer = "{not json";
        assertUnavailable(() -> client.updateStatus("d1", "done", null), "malformed JSON");
    }

    @Test
    void givenFailEnvelopeForAList_thenRefusalIsReported() {
        nextAnswer = "{\"status\":\"FAIL\",\"ErrorCode\":\"17\",\"ErrorDesc\":\"khong co quyen\"}";
        assertUnavailable(() -> client.receivedList("edoc"), "ErrorCode 17");
    }

    @Test
    void givenWrongSecret_thenTheRealVerifierRefusesTheClient() {
        VxpClient wrong = new VxpClient(new VxpClient.Endpoint(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/vxp/"), "vxp.sample.01", "not-the-secret", Duration.ofSeconds(2)),
                HttpClient.newHttpClient(), Clock.systemUTC());
        VxpEnvelope env = wrong.updateStatus("d1", "done", null);
        assertThat(env.succeeded()).isFalse();
        assertThat(env.errorDesc()).isEqualTo("UNAUTHENTICATED");
        assertThat(callers).isEmpty();
    }

    @Test
    void givenServerThatNeverAnswers_thenTimeoutIsRetryable() throws IOException {
        try (var silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            VxpClient slow = new VxpClient(new VxpClient.Endpoint(URI.create("http://127.0.0.1:"
                    + silent.getLocalPort() + "/vxp/"), "vxp.sample.01", SECRET, Duration.ofMillis(300)),
                    HttpClient.newHttpClient(), Clock.systemUTC());
            assertUnavailable(() -> slow.updateStatus("d1", "done", null), "failed");
        }
    }

    private static void assertUnavailable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AxisException.class, e -> {
            assertThat(e.code()).isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE);
            assertThat(e.code().retryable()).isTrue();
        }).hasMessageContaining(detail);
    }
}
