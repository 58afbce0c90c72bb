package vn.lienthong.axis.pipeline;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.TestDirs;

/** Signed receipts, the verification report and the tamper-evident ledger on the embedded defaults (H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvidenceIT extends LedgerTamperScenarios {
    static final Path DATA = TestDirs.fresh("evidence");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @Override
    Path data() { return DATA; }
}
