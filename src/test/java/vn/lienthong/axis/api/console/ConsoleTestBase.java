package vn.lienthong.axis.api.console;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.TestDirs;

/**
 * One application context for the console tests: the test profile (SAMPLE accounts) on a random port; two
 * push attempts, quickly, so that a copy to a failing endpoint is dead within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ConsoleTestBase {
    static final Path DATA = TestDirs.fresh("console");
    static final String PASSWORD = "sample-password";
    static final String ADMIN_TOKEN = "sample-admin-token";
    static final String A = "000.00.01.H99";
    static final String B = "000.00.02.H99";
    static final String C = "000.00.00.H99";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.broker.max-delivery-attempts", () -> 2);
        r.add("axis.broker.redelivery-delay", () -> "200ms");
        r.add("axis.broker.max-redelivery-delay", () -> "1s");
    }

    @LocalServerPort int port;
}
