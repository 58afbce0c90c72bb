package vn.lienthong.axis.pipeline;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.evidence.timestamp.TestTimeStampAuthority;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/** {@link TimeStampScenarios} on a real PostgreSQL (own schema) against a real TSA over HTTP. */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresTimeStampedCheckpointsIT extends TimeStampScenarios {
    static final Path DATA = TestDirs.fresh("pg-tsa-evidence");
    static final TestTimeStampAuthority TSA = new TestTimeStampAuthority("postgres");
    static final Path TSA_ROOT = rootPem(TSA);

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("spring.datasource.url", () -> Postgres.freshSchemaUrl("axis_tsa"));
        r.add("spring.datasource.username", () -> Postgres.USER);
        r.add("spring.datasource.password", () -> Postgres.PASSWORD);
        tsaProps(r, TSA, TSA_ROOT);
    }

    @Override
    Path data() { return DATA; }

    @Override
    TestTimeStampAuthority tsa() { return TSA; }

    @Override
    Path tsaRoot() { return TSA_ROOT; }
}
