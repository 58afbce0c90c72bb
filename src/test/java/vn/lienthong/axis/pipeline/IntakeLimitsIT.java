package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;
import vn.lienthong.axis.support.WrittenBytes;

/**
 * Issue 10 §2 against the real server: a ~200 KB package whose ZIP attachment inflates to 150 MiB is
 * judged (sender, signature) before anything is decoded, and a signed one is refused while inflating,
 * in both cases without the inflated bytes reaching the disk (measured with the JVM's write counter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntakeLimitsIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("intake-limits");
    static final long MIB = 1024 * 1024;
    static Path bomb;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @BeforeAll
    static void zipBomb() throws Exception {
        bomb = DATA.resolve("fixtures").resolve("bomb.zip");
        Files.createDirectories(bomb.getParent());
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("van-ban.pdf"));
            byte[] block = new byte[(int) MIB];
            for (int i = 0; i < 150; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
    }

    @Test
    void givenUnsignedPackageWithZipBombAttachment_thenSignatureMissingWithoutWritingTheInflatedBytes()
            throws Exception {
        assumeTrue(WrittenBytes.available());
        byte[] pkg = Files.readAllBytes(TestPackages.write(TestPackages.document(A, List.of(B), bomb),
                DATA.resolve("fixtures").resolve("unsigned-bomb.edxml")));
        assertThat(pkg.length).isBetween(100 * 1024, 400 * 1024);
        Footprint before = footprint();

        long written = WrittenBytes.now();
        refused(api.submit(pkg, tokenA), 422, "SIGNATURE_MISSING");
        written = WrittenBytes.now() - written;

        assertThat(written).as("bytes written by the whole exchange").isLessThan(16 * MIB);
        assertThat(footprint()).isEqualTo(before);
        assertThat(spoolLeftovers(DATA)).isEmpty();
    }

    @Test
    void givenZipBombFromAnAgencyTheClientDoesNotActFor_thenSenderMismatchBeforeTheSignatureIsLookedAt()
            throws Exception {
        byte[] pkg = Files.readAllBytes(TestPackages.write(TestPackages.document(A, List.of(B), bomb),
                DATA.resolve("fixtures").resolve("foreign-bomb.edxml")));

        refused(api.submit(pkg, tokenB), 403, "SENDER_MISMATCH");
        assertThat(spoolLeftovers(DATA)).isEmpty();
    }

    @Test
    void givenSignedPackageWithZipBombAttachment_thenZipRatioExceededWithoutWritingTheInflatedBytes()
            throws Exception {
        assumeTrue(WrittenBytes.available());
        byte[] pkg = Files.readAllBytes(TestPackages.writeSigned(TestPackages.document(A, List.of(B), bomb),
                DATA.resolve("fixtures").resolve("signed-bomb.edxml"), A, false));
        Footprint before = footprint();

        long written = WrittenBytes.now();
        JsonNode problem = refused(api.submit(pkg, tokenA), 422, "ZIP_RATIO_EXCEEDED");
        written = WrittenBytes.now() - written;

        assertThat(problem.path("detail").asText()).contains("axis.limits.max-zip-ratio");
        assertThat(written).as("bytes written by the whole exchange").isLessThan(16 * MIB);
        assertThat(footprint()).isEqualTo(before);
        assertThat(spoolLeftovers(DATA)).isEmpty();
    }

    private static JsonNode refused(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode j = Api.json(r);
        assertThat(j.path("code").asText()).as(r.body()).isEqualTo(code);
        return j;
    }
}
