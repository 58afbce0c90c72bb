package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/** Issue 10 §3: below {@code axis.limits.min-free-bytes} free, intake answers 503 on every edge and health says why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LowDiskIT extends PipelineTestBase {
    static final long EXABYTE = 1L << 60;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", () -> TestDirs.fresh("low-disk").toString());
        r.add("axis.limits.min-free-bytes", () -> Long.toString(EXABYTE));
    }

    @Test
    void givenLessFreeSpaceThanMinFreeBytes_thenIntakeRefusedEarlyOnEveryEdgeAndNothingSpooled() {
        EdgeProbe edges = new EdgeProbe(api, port);
        VxpSdk vxp = edges.vxpClient(A, "vxp.disk." + UUID.randomUUID().toString().substring(0, 8));
        byte[] pkg = EdxmlSamples.document(A, newDocumentId(A), "Kiểm tra dung lượng", B);
        Footprint before = footprint();

        EdgeProbe.assertRestUnavailable(edges.rest(pkg, tokenA));
        EdgeProbe.assertSoapUnavailable(edges.soap(pkg, tokenA));
        EdgeProbe.assertVxpUnavailable(edges.vxp(vxp, pkg, A));
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenLessFreeSpaceThanMinFreeBytes_thenHealthShowsTheDataVolumeDown() {
        HttpResponse<String> r = api.get("/actuator/health", "sample-admin-token", null); // details: admin only

        JsonNode volume = Api.json(r).path("components").path("dataVolume");
        assertThat(volume.path("status").asText()).as(r.body()).isEqualTo("DOWN");
        assertThat(volume.path("details").path("minFreeBytes").asLong()).isEqualTo(EXABYTE);
        assertThat(r.statusCode()).isEqualTo(503);
    }
}
