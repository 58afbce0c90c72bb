package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;

/**
 * The main flow driven by an independent SOAP stack: python3-zeep ({@code soap/zeep_client.py}),
 * which sends the package as inline base64 (no MTOM) and reads the MTOM answer of GetPackage
 * (the script works around zeep 4.2 stripping CR/LF from the ends of binary MTOM parts).
 * Skipped when zeep is missing, except on CI ({@code CI=true}), where that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoapZeepIT extends SoapTestBase {
    static final Path DATA = TestDirs.fresh("soap-zeep");
    static final String PYTHON = "/usr/bin/python3";
    static final Path SCRIPT = Path.of("src/test/resources/soap/zeep_client.py");
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.intake.inspector", () -> "verified");
    }

    @BeforeAll
    static void zeepIsInstalled() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON)) && run(List.of(PYTHON, "-c", "import zeep")).exit == 0;
        String message = "python3-zeep is not installed for " + PYTHON + ": apt-get install python3-zeep";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    @Test
    void givenZeepClient_thenInlineBase64IsAcceptedAndTheRecipientPullsGetsAndAcks() throws Exception {
        EdxmlPackage doc = TestPackages.document(A, List.of(B));
        Path file = signed(doc, DATA.resolve("out"), A);
        byte[] bytes = Files.readAllBytes(file);

        JsonNode sent = zeep("send", wsdlUrl(), tokenA, file.toString());
        assertThat(sent.path("requestContentTypes").get(0).asText()).startsWith("text/xml");
        JsonNode receipt = sent.path("receipt");
        String axisId = receipt.path("axisId").asText();
        assertThat(receipt.path("documentId").asText()).isEqualTo(doc.header().documentId());
        assertThat(receipt.path("sha256").asText()).isEqualTo(SoapFlowIT.sha256(bytes));
        assertThat(receipt.path("duplicate").asBoolean()).isFalse();
        assertThat(receipt.path("recipient").get(0).path("organId").asText()).isEqualTo(B);

        await().atMost(WAIT).until(() -> "AVAILABLE".equals(deliveryState(axisId, B)));
        Path out = DATA.resolve("pulled-" + axisId + ".edxml");
        JsonNode pulled = zeep("pull", wsdlUrl(), tokenB, axisId, out.toString());
        assertThat(pulled.path("listed").toString()).contains(axisId);
        assertThat(SoapFlowIT.sha256(Files.readAllBytes(out))).as("the pulled bytes").isEqualTo(SoapFlowIT.sha256(bytes));
        assertThat(pulled.path("bytesSha256").asText()).isEqualTo(pulled.path("sha256").asText())
                .isEqualTo(receipt.path("sha256").asText());
        assertThat(pulled.path("ackState").asText()).isEqualTo("acked");
        assertThat(pulled.path("listedAfterAck").toString()).doesNotContain(axisId);
        assertThat(deliveryState(axisId, B)).isEqualTo("ACKED");

        JsonNode trace = zeep("trace", wsdlUrl(), tokenA, axisId);
        assertThat(trace.path("dutiesWithoutFlag").asInt()).as("duties only when asked for").isZero();
        JsonNode viaZeep = trace.path("recipients").path(B);
        HttpResponse<String> rest = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/packages/" + axisId + "/trace")).header("Authorization", "Bearer " + tokenA).GET().build());
        JsonNode viaRest = JSON.readTree(rest.body()).path("recipients").get(0).path("duties");
        assertThat(viaZeep).as(trace.toPrettyString()).hasSize(viaRest.size()).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < viaRest.size(); i++) {
            JsonNode z = viaZeep.get(i);
            JsonNode r = viaRest.get(i);
            assertThat(z.path("duty").asText()).isEqualTo(r.path("duty").asText());
            assertThat(z.path("outcome").asText()).isEqualTo(r.path("outcome").asText());
            assertThat(OffsetDateTime.parse(z.path("due").asText()).toInstant()).isEqualTo(Instant.parse(r.path("due").asText()));
            assertThat(z.path("doneAt").isNull() ? null : OffsetDateTime.parse(z.path("doneAt").asText()).toInstant())
                    .isEqualTo(r.path("doneAt").isTextual() ? Instant.parse(r.path("doneAt").asText()) : null);
            assertThat(z.path("lateSeconds").asLong()).isEqualTo(r.path("lateSeconds").asLong());
        }
    }

    @Test
    void givenZeepClientWithABadToken_thenUnauthenticatedFault() throws Exception {
        Path file = signed(TestPackages.document(A, List.of(B)), DATA.resolve("out"), A);
        Footprint before = footprint();
        Result r = run(List.of(PYTHON, SCRIPT.toString(), "send", wsdlUrl(), "not-a-token", file.toString()));
        assertThat(r.exit).as(r.output).isEqualTo(2);
        JsonNode fault = JSON.readTree(r.output);
        assertThat(fault.path("fault").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(fault.path("faultcode").asText()).endsWith("Client");
        assertThat(footprint()).isEqualTo(before);
    }

    static JsonNode zeep(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, SCRIPT.toString()));
        cmd.addAll(List.of(args));
        Result r = run(cmd);
        assertThat(r.exit).as(r.output).isZero();
        return JSON.readTree(r.output);
    }

    record Result(int exit, String output) {}

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Files.createDirectories(DATA), "zeep-", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("zeep client timed out: " + cmd);
        }
        String lastLine = out.isEmpty() ? out : out.substring(out.lastIndexOf('\n') + 1);
        return new Result(p.exitValue(), p.exitValue() == 0 || p.exitValue() == 2 ? lastLine
                : out + "\n" + Files.readString(log));
    }
}
