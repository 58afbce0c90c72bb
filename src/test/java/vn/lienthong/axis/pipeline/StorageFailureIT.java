package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * Issue 10 §3: a spool or blob store the server cannot write is the server's fault. Every edge answers
 * a valid package with a retryable DEPENDENCY_UNAVAILABLE (never 400, never a path), and accepts it once
 * the storage is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StorageFailureIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("storage-failure");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @Test
    void givenSpoolPathIsAFile_thenEveryEdgeAnswersDependencyUnavailableWithoutPathAndLaterAccepts() throws Exception {
        EdgeProbe edges = new EdgeProbe(api, port);
        VxpSdk vxp = edges.vxpClient(A, "vxp.storage." + UUID.randomUUID().toString().substring(0, 8));
        Path spool = DATA.resolve("spool");
        deleteTree(spool);
        Files.writeString(spool, "not a folder");
        Footprint before = footprint();
        try {
            EdgeProbe.assertRestUnavailable(edges.rest(pkg(), tokenA), DATA.toString());
            EdgeProbe.assertSoapUnavailable(edges.soap(pkg(), tokenA), DATA.toString());
            EdgeProbe.assertVxpUnavailable(edges.vxp(vxp, pkg(), A), DATA.toString());
            assertThat(footprint()).isEqualTo(before);
        } finally {
            Files.delete(spool);
        }
        assertThat(edges.rest(pkg(), tokenA).statusCode()).isEqualTo(202);
    }

    @Test
    void givenSpoolCannotBeWritten_whenPackagesArriveOverSoap_thenOneWarningPerRefusalAndNoStackTrace(
            CapturedOutput output) throws Exception {
        EdgeProbe edges = new EdgeProbe(api, port);
        Path spool = DATA.resolve("spool");
        deleteTree(spool);
        Files.writeString(spool, "not a folder");
        int mark = output.getAll().length();
        try {
            for (int i = 0; i < 3; i++) {
                EdgeProbe.assertSoapUnavailable(edges.soap(pkg(), tokenA), DATA.toString());
            }
        } finally {
            Files.delete(spool);
        }
        String log = output.getAll().substring(mark);
        assertThat(log).doesNotContain("Exhausted after delivery attempt").doesNotContain("\tat ");
        assertThat(log.lines().filter(l -> l.contains("route soap-edge-to-operations: DEPENDENCY_UNAVAILABLE")))
                .hasSize(3);
    }

    @Test
    void givenBlobStoreCannotBeWritten_thenDependencyUnavailableWithoutPath() throws Exception {
        EdgeProbe edges = new EdgeProbe(api, port);
        Path blobs = DATA.resolve("blobs");
        Path aside = DATA.resolve("blobs-aside");
        Files.createDirectories(blobs);
        Files.move(blobs, aside);
        Files.writeString(blobs, "not a folder");
        long packages = count("package");
        try {
            EdgeProbe.assertRestUnavailable(edges.rest(pkg(), tokenA), DATA.toString());
            EdgeProbe.assertSoapUnavailable(edges.soap(pkg(), tokenA), DATA.toString());
            assertThat(count("package")).isEqualTo(packages);
        } finally {
            Files.delete(blobs);
            Files.move(aside, blobs);
        }
    }

    @Test
    void givenBlobStoreCannotBeRead_whenARecipientFetches_thenDependencyUnavailableAndNotRecordedAsFetched()
            throws Exception {
        EdgeProbe edges = new EdgeProbe(api, port);
        VxpSdk vxpB = edges.vxpClient(B, "vxp.read." + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> sent = edges.rest(pkg(), tokenA);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String axisId = Api.json(sent).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        Path blobs = DATA.resolve("blobs");
        Path aside = DATA.resolve("blobs-read-aside");
        Files.move(blobs, aside);
        Files.writeString(blobs, "not a folder");
        try {
            HttpResponse<String> rest = api.get("/api/v1/packages/" + axisId, tokenB, null);
            EdgeProbe.assertRestUnavailable(rest, DATA.toString());
            EdgeProbe.assertVxpUnavailable(vxpB.call("getEdoc", java.util.Map.of("docId", axisId), null, "POST"),
                    DATA.toString());
            assertThat(jdbc.sql("select count(*) from delivery where axis_id = ? and fetched_at is not null")
                    .param(axisId).query(Long.class).single()).isZero();
        } finally {
            Files.delete(blobs);
            Files.move(aside, blobs);
        }
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
    }

    private static byte[] pkg() {
        return EdxmlSamples.document(A, newDocumentId(A), "Kiểm tra lưu trữ", B);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
