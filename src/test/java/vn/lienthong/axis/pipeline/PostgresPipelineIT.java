package vn.lienthong.axis.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/** The main flow of {@link PipelineFlowIT} on a real PostgreSQL (own schema). */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresPipelineIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("pg-pipeline");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("spring.datasource.url", () -> Postgres.freshSchemaUrl("axis_pipeline"));
        r.add("spring.datasource.username", () -> Postgres.USER);
        r.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }

    @Test
    void givenPullPushAndUnknownRecipients_thenPulledPushedAckedAndTheStatusFlowsBackToTheSender() {
        mainFlow();
    }

    @Test
    void identicalResendIsRecognisedOnPostgres() {
        String docId = newDocumentId(A);
        byte[] pkg = vn.lienthong.axis.support.EdxmlSamples.document(A, docId, "Hai lần", B);
        String first = submitted(pkg, tokenA, 202).path("axisId").asText();
        org.assertj.core.api.Assertions.assertThat(submitted(pkg, tokenA, 200).path("axisId").asText()).isEqualTo(first);
    }
}
