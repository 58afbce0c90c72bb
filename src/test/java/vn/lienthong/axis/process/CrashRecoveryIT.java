package vn.lienthong.axis.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisProcess;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * REL-05: the axis in its own JVM receives 200 concurrent packages and is killed with SIGKILL midway;
 * after a restart every acknowledged package is in the recipient's inbox exactly once, and re-sending
 * everything (as clients whose answer was lost do) creates no second copy.
 */
class CrashRecoveryIT {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final int PACKAGES = 200;

    @Test
    void givenSigkillDuringConcurrentSubmissions_thenEveryAcknowledgedPackageIsDeliveredExactlyOnce() throws Exception {
        Path data = TestDirs.fresh("crash");
        List<byte[]> packages = new ArrayList<>();
        for (int i = 0; i < PACKAGES; i++) {
            packages.add(EdxmlSamples.document(A, A + ",2026/11/22," + (5000 + i) + "/UBND-VP", "Gói số " + i, B));
        }
        try (AxisProcess axis = new AxisProcess(data, "512m").start()) {
            Api api = new Api(axis.port());
            String tokenA = client(api, A);
            String tokenB = client(api, B);
            Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
            ExecutorService senders = Executors.newFixedThreadPool(8);
            for (int i = 0; i < PACKAGES; i++) {
                int n = i;
                senders.submit(() -> {
                    HttpResponse<String> r = api.submit(packages.get(n), tokenA);
                    if (r.statusCode() == 202) {
                        acknowledged.put(n, Api.json(r).path("axisId").asText());
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= 40);
            axis.kill();
            senders.shutdown();
            assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            Map<Integer, String> beforeCrash = Map.copyOf(acknowledged);
            assertThat(beforeCrash.size()).isLessThan(PACKAGES);

            axis.start();
            for (int i = 0; i < PACKAGES; i++) {
                HttpResponse<String> r = api.submit(packages.get(i), tokenA);
                assertThat(r.statusCode()).as(r.body()).isIn(200, 202);
                if (beforeCrash.containsKey(i)) {
                    assertThat(r.statusCode()).as("acknowledged before the crash: a duplicate").isEqualTo(200);
                    assertThat(Api.json(r).path("axisId").asText()).isEqualTo(beforeCrash.get(i));
                }
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> inboxDocumentIds(api, tokenB).size() >= PACKAGES);
            List<String> listed = inboxDocumentIds(api, tokenB);
            assertThat(listed).hasSize(PACKAGES).doesNotHaveDuplicates();
        }
    }

    private static String client(Api api, String agency) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"DMS " + agency + "\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Api.json(r).path("token").asText();
    }

    private static List<String> inboxDocumentIds(Api api, String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> r = api.get("/api/v1/inbox?kind=document&limit=100"
                    + (cursor == null ? "" : "&after=" + cursor), token, null);
            JsonNode page = Api.json(r);
            page.path("items").forEach(item -> ids.add(item.path("documentId").asText()));
            cursor = page.path("nextCursor").isNull() || page.path("nextCursor").asText().isEmpty()
                    ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return ids;
    }
}
