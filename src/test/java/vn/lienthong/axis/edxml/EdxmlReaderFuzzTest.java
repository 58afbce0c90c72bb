package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.support.FuzzTargets;
import vn.lienthong.axis.support.SeededFuzzer;

/**
 * Fuzzing the edXML reader (issue 10): only AxisException escapes, nothing is left in the attachment
 * folder, each input finishes in bounded time. See docs/security.md ("Fuzzing") for the long runs.
 */
class EdxmlReaderFuzzTest {
    @TempDir
    Path scratch;

    @Test
    void givenMutatedPackages_thenOnlyAxisExceptionsAndNoFileLeftBehind() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures/packages"))) {
            for (Path p : fixtures.filter(f -> f.toString().endsWith(".edxml")).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        seeds.add(FuzzSeeds.zippedAttachmentPackage());
        assertThat(seeds).hasSizeGreaterThan(5);

        long tried = new SeededFuzzer(seeds, SeededFuzzer.xmlDictionary(), 64 * 1024)
                .run(input -> FuzzTargets.edxml(input, scratch));

        assertThat(tried).isGreaterThan(seeds.size());
    }
}
