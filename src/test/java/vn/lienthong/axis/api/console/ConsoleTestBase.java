package vn.lienthong.axis.api.console;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.TestDirs;

/** One application context for the console tests: the test profile (SAMPLE accounts) on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ConsoleTestBase {
    static final Path DATA = TestDirs.fresh("console");
    static final String PASSWORD = "sample-password";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @LocalServerPort int port;
}
