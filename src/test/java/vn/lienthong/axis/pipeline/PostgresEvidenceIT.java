package vn.lienthong.axis.pipeline;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/** {@link EvidenceIT} on a real PostgreSQL (own schema): receipts, and each kind of tampering found. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresEvidenceIT extends LedgerTamperScenarios {
    static final Path DATA = TestDirs.fresh("pg-evidence");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("spring.datasource.url", () -> Postgres.freshSchemaUrl("axis_evidence"));
        r.add("spring.datasource.username", () -> Postgres.USER);
        r.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }

    @Override
    Path data() { return DATA; }
}
