package vn.lienthong.axis.pipeline;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.evidence.timestamp.TestTimeStampAuthority;
import vn.lienthong.axis.support.TestDirs;

/** {@link TimeStampScenarios} on the embedded defaults (H2) against a real TSA over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TimeStampedCheckpointsIT extends TimeStampScenarios {
    static final Path DATA = TestDirs.fresh("tsa-evidence");
    static final TestTimeStampAuthority TSA = new TestTimeStampAuthority("h2");
    static final Path TSA_ROOT = rootPem(TSA);

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        tsaProps(r, TSA, TSA_ROOT);
    }

    @Override
    Path data() { return DATA; }

    @Override
    TestTimeStampAuthority tsa() { return TSA; }

    @Override
    Path tsaRoot() { return TSA_ROOT; }
}
