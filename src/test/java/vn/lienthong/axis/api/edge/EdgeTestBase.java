package vn.lienthong.axis.api.edge;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.TestDirs;

/**
 * One application context for the edge tests: the test profile with a package limit of 24 MiB (above
 * the 20 M characters of the pre-authentication tests, cheap to exceed), a short slow-body grace and a
 * header timeout of 2 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
abstract class EdgeTestBase {
    static final Path DATA = TestDirs.fresh("edge");
    static final long MAX_PACKAGE_BYTES = 24 * 1024 * 1024;
    static final long ENVELOPE_BYTES = 64 * 1024;
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.limits.max-package-bytes", () -> MAX_PACKAGE_BYTES);
        r.add("axis.edge.envelope-bytes", () -> ENVELOPE_BYTES);
        r.add("axis.edge.slow-body-grace", () -> "1s");
        r.add("axis.edge.header-timeout", () -> HEADER_TIMEOUT.toMillis() + "ms");
        r.add("axis.edge.min-body-bytes-per-second", () -> 1024);
    }

    @LocalServerPort int port;
}
