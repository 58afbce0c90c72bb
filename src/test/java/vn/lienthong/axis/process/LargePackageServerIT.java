package vn.lienthong.axis.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisProcess;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;

/**
 * A signed package of about 200 MB (a 150 MiB attachment, base64) is accepted — spooled, parsed,
 * signature-verified, stored — and fetched back byte for byte from a server running with -Xmx256m.
 */
class LargePackageServerIT {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";

    @Test
    void givenTwoHundredMegabytePackage_whenServerHeapIs256m_thenAcceptedAndFetchedByteForByte() throws Exception {
        Path dir = TestDirs.fresh("large-server");
        Path attachment = randomFile(dir.resolve("ban-ve.bin"), 150L * 1024 * 1024);
        Path pkg = TestPackages.writeSigned(TestPackages.document(A, List.of(B), attachment), dir.resolve("large.edxml"), A, false);
        Files.delete(attachment);
        Files.deleteIfExists(dir.resolve("large.edxml.unsigned"));
        assertThat(Files.size(pkg)).isGreaterThan(200_000_000L);
        String sent = sha256(pkg);
        try (AxisProcess axis = new AxisProcess(dir.resolve("axis"), "256m").start()) {
            Api api = new Api(axis.port());
            String tokenA = client(api, A);
            String tokenB = client(api, B);
            HttpResponse<String> r = api.send(api.request("/api/v1/packages", tokenA, null)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(pkg)).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            assertThat(Api.json(r).path("sha256").asText()).isEqualTo(sent);
            String axisId = Api.json(r).path("axisId").asText();

            Path fetched = dir.resolve("fetched.edxml");
            HttpResponse<Path> got = java.net.http.HttpClient.newHttpClient().send(
                    api.request("/api/v1/packages/" + axisId, tokenB, null).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(fetched));
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(sha256(fetched)).isEqualTo(sent);
            assertThat(Files.readString(dir.resolve("axis/axis.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            Files.deleteIfExists(pkg);
            Files.deleteIfExists(dir.resolve("fetched.edxml"));
        }
    }

    private static String client(Api api, String agency) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"DMS " + agency + "\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Api.json(r).path("token").asText();
    }

    static Path randomFile(Path file, long bytes) throws Exception {
        Random random = new Random(7);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }
}
