package vn.lienthong.axis.federation.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** getEdoc streams the base64 answer into a file: large packages, field order, line breaks, refusals. */
class VxpClientGetEdocTest {
    private static final String SECRET = "sample-vxp-secret";
    private HttpServer server;
    private VxpClient client;
    /** Writes the next answer's body (streamed, chunked). */
    private volatile Answer next;

    interface Answer {
        void write(OutputStream out) throws IOException;
    }

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        VxpRequestVerifier verifier = new VxpRequestVerifier(
                id -> "vxp.sample.01".equals(id) ? Optional.of(SECRET) : Optional.empty(),
                Duration.ofDays(7), Clock.systemUTC());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/vxp/", ex -> {
            ex.getRequestBody().readAllBytes();
            try {
                verifier.verify(ex.getRequestHeaders()::getFirst);
            } catch (AxisException e) {
                next = out -> out.write("{\"status\":\"FAIL\",\"ErrorCode\":\"301\"}".getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                next.write(out);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/vxp/");
        client = new VxpClient(new VxpClient.Endpoint(base, "vxp.sample.01", SECRET, Duration.ofSeconds(30)),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void givenA30MegabyteAnswer_thenItIsDecodedIntoTheFile_withTheSameSha256() throws Exception {
        long size = 30L * 1024 * 1024 + 7;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        next = out -> {
            out.write("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"ok\",\"data\":\"".getBytes(StandardCharsets.UTF_8));
            OutputStream b64 = Base64.getEncoder().wrap(nonClosing(out));
            Random random = new Random(42);
            byte[] chunk = new byte[64 * 1024];
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                sent.update(chunk, 0, n);
                b64.write(chunk, 0, n);
            }
            b64.close();
            out.write("\",\"DocId\":\"vxp-big\"}".getBytes(StandardCharsets.UTF_8));
        };
        Path target = dir.resolve("big.edxml");

        assertThat(client.getEdoc("vxp-big", target)).isEqualTo(size);

        assertThat(sha256(target)).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    }

    @Test
    void givenDataBeforeTheStatus_andMimeLineBreaks_thenTheBytesAreDecoded() {
        String b64 = Base64.getMimeEncoder().encodeToString("<edXML>Đã đến</edXML>".repeat(10).getBytes(StandardCharsets.UTF_8))
                .replace("\r\n", "\\r\\n");
        answer("{\"data\":\"" + b64 + "\",\"extra\":{\"a\":[1,2]},\"status\":\"OK\",\"ErrorCode\":\"0\"}");
        Path target = dir.resolve("small.edxml");

        client.getEdoc("vxp-42", target);

        assertThat(target).hasContent("<edXML>Đã đến</edXML>".repeat(10));
    }

    @Test
    void givenAFailEnvelope_thenRefusedAndNoFileLeft() {
        answer("{\"status\":\"FAIL\",\"ErrorCode\":\"304\",\"ErrorDesc\":\"NOT_FOUND: no such docId\"}");
        Path target = dir.resolve("refused.edxml");

        assertUnavailable(() -> client.getEdoc("nope", target), "ErrorCode 304");
        assertThat(target).doesNotExist();
    }

    @Test
    void givenDataThatIsNotBase64_orMissing_orTruncatedJson_thenRetryableAndNoFileLeft() {
        Path target = dir.resolve("bad.edxml");
        answer("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\"@@@ not base64 @@@\"}");
        assertUnavailable(() -> client.getEdoc("d", target), "unreadable body");
        assertThat(target).doesNotExist();

        answer("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":null}");
        assertUnavailable(() -> client.getEdoc("d", target), "without base64 data");
        assertThat(target).doesNotExist();

        answer("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\"PGVkWE1MPg==");
        assertUnavailable(() -> client.getEdoc("d", target), "unreadable body");
        assertThat(target).doesNotExist();
    }

    @Test
    void givenAnAnswerThatStallsHalfway_thenRetryableWithinTheTimeout_andNoFileLeft() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        next = out -> {
            out.write("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\"PGVkWE1M".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        VxpClient impatient = new VxpClient(new VxpClient.Endpoint(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/vxp/"), "vxp.sample.01", SECRET, Duration.ofMillis(500)),
                HttpClient.newHttpClient(), Clock.systemUTC());
        Path target = dir.resolve("stalled.edxml");
        long started = System.nanoTime();
        try {
            assertUnavailable(() -> impatient.getEdoc("d", target), "no data received for 500 ms");
        } finally {
            released.countDown();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(target).doesNotExist();
    }

    private void answer(String json) {
        next = out -> out.write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String sha256(Path file) throws Exception {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static void assertUnavailable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE)).hasMessageContaining(detail);
    }
}
