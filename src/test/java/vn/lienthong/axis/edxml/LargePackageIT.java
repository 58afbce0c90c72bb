package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.TestDirs;

/** Memory does not grow with payload size: a 200 MB attachment is written and read back in a 256 MB heap. */
class LargePackageIT {
    private final Path dir = TestDirs.fresh("large-package");

    @Test
    void given200MbAttachment_whenWrittenAndReadIn256MbHeap_thenSameSha256() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargePackageRoundTrip.class.getName(), dir.toString(), "200")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);

        assertThat(finished).as("child finished").isTrue();
        assertThat(child.exitValue()).as(String.join("\n", output)).isZero();
        String source = value(output, "SOURCE-SHA256");
        assertThat(source).hasSize(64);
        assertThat(value(output, "READ-SHA256")).isEqualTo(source);
        assertThat(value(output, "READ-SIZE")).isEqualTo(String.valueOf(200L * 1024 * 1024));
    }

    @AfterEach
    void deleteBigFiles() throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElse(null);
    }
}
