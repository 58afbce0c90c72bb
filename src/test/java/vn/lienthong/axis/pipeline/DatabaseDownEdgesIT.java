package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * Issue 10 §3: with the database gone (its connection pool closed under the running server), every edge
 * answers a valid package with a retryable DEPENDENCY_UNAVAILABLE instead of an unmapped 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseDownEdgesIT extends PipelineTestBase {
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("db-outage").toString());
    }

    @Test
    void givenDatabaseDown_thenEveryEdgeAnswersDependencyUnavailableWithRetryAfter() throws Exception {
        EdgeProbe edges = new EdgeProbe(api, port);
        VxpSdk vxp = edges.vxpClient(A, "vxp.db." + UUID.randomUUID().toString().substring(0, 8));
        byte[] pkg = EdxmlSamples.document(A, newDocumentId(A), "Kiểm tra cơ sở dữ liệu", B);
        assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();

        dataSource.unwrap(HikariDataSource.class).close();

        EdgeProbe.assertRestUnavailable(edges.rest(pkg, tokenA));
        EdgeProbe.assertSoapUnavailable(edges.soap(pkg, tokenA));
        EdgeProbe.assertVxpUnavailable(edges.vxp(vxp, pkg, A));
    }
}
