package vn.lienthong.axis.edxml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.axis.support.FuzzTargets;

/**
 * Coverage-guided fuzzing with Jazzer, on demand only: the class name keeps it out of the normal
 * suite, whose brief pass is {@code EdxmlReaderFuzzTest}. Run
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=EdxmlReaderJazzer}; see docs/security.md ("Fuzzing").
 */
class EdxmlReaderJazzer {
    /** Coverage-guided with Jazzer: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=EdxmlReaderJazzer}. */
    @FuzzTest(maxDuration = "60s")
    void jazzer(byte[] input) throws Exception {
        Path dir = Files.createTempDirectory("edxml-fuzz-");
        try {
            FuzzTargets.edxml(input, dir);
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
