package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 6 ("memory does not grow with payload size") for signatures: a JVM limited to
 * {@code -Xmx256m} signs and verifies a package with a ~200 MB base64 attachment, and still
 * catches one flipped attachment byte.
 */
class LargeSignedPackageIT {
    static final long BASE64_BYTES = 200L * 1024 * 1024;

    @TempDir Path dir;

    @Test
    void given200MbPackage_whenSignedAndVerifiedIn256MbHeap_thenSucceedsAndDetectsTampering() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                LargePackageMain.class.getName(), dir.toString(), Long.toString(BASE64_BYTES));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
        System.out.println(output);
        assertThat(p.exitValue()).as(output).isZero();

        Map<String, String> r = new HashMap<>();
        output.lines().filter(l -> l.contains("=")).forEach(l -> r.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        assertThat(Long.parseLong(r.get("packageBytes"))).isGreaterThan(BASE64_BYTES);
        assertThat(r.get("verified")).isEqualTo(SignatureUris.RSA_SHA256);
        assertThat(r.get("tampered")).isEqualTo("SIGNATURE_INVALID");
        assertThat(Long.parseLong(r.get("maxHeapBytes"))).isLessThanOrEqualTo(256L * 1024 * 1024);
    }
}
