package vn.lienthong.axis.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.AxisApplication;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * Three axes on this machine, each its own Spring context with its own H2 database and embedded
 * broker: province A and province B, both with the national axis N as upstream (N serves them
 * through its VXP facade as client systems acting for their units). A tracks what it sent upstream
 * with N's getSentEdocList, so A's trace shows the hops at N.
 */
class FederationIT {
    static final String A1 = "000.00.00.H99";
    static final String B1 = "000.00.01.H99";
    static final String N1 = "000.00.00.G22";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final AtomicInteger SERVER_IDS = new AtomicInteger(10);

    static Path nData;
    static int nPort;
    static ConfigurableApplicationContext n;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static String tokenA1;
    static String tokenB1;
    static String tokenN1;

    @BeforeAll
    static void startThreeAxes() {
        nData = TestDirs.fresh("federation-n");
        n = start(nData, Map.of());
        nPort = port(n);
        local(n, A1);
        local(n, B1);
        local(n, N1);
        ClientRegistry nClients = n.getBean(ClientRegistry.class);
        ClientRegistry.Registered axisA = nClients.register("Trục tỉnh A", List.of(A1), "axis.a", false);
        ClientRegistry.Registered axisB = nClients.register("Trục tỉnh B", List.of(B1), "axis.b", false);
        tokenN1 = nClients.register("DMS of n1", List.of(N1)).token();
        String vxp = "http://127.0.0.1:" + port(n) + "/vxp/";

        a = start(TestDirs.fresh("federation-a"), upstream(vxp, axisA));
        local(a, A1);
        tokenA1 = a.getBean(ClientRegistry.class).register("DMS of a1", List.of(A1)).token();
        b = start(TestDirs.fresh("federation-b"), upstream(vxp, axisB));
        local(b, B1);
        tokenB1 = b.getBean(ClientRegistry.class).register("DMS of b1", List.of(B1)).token();
    }

    @AfterAll
    static void stopThreeAxes() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {a, b, n}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void givenA1SendsToB1AndN1_thenB1FetchesAtB_andItsStatusReachesA1_andATraceShowsEveryHop() {
        Api apiA = new Api(port(a));
        Api apiB = new Api(port(b));
        Api apiN = new Api(port(n));
        String docId = A1 + ",2026/11/22," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        byte[] pkg = EdxmlSamples.document(A1, docId, "Liên thông ba trục", B1, N1);

        HttpResponse<String> sent = apiA.submit(pkg, tokenA1);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String axisIdA = Api.json(sent).path("axisId").asText();

        await().atMost(WAIT).until(() -> item(apiB, tokenB1, docId) != null);
        JsonNode atB = item(apiB, tokenB1, docId);
        assertThat(apiB.getBytes("/api/v1/packages/" + atB.path("axisId").asText(), tokenB1, null).body()).isEqualTo(pkg);
        await().atMost(WAIT).until(() -> item(apiN, tokenN1, docId) != null);

        HttpResponse<String> status = apiB.submit(EdxmlSamples.status(B1, "03", docId, A1, "Đã tiếp nhận"), tokenB1);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(202);
        await().atMost(WAIT).until(() -> items(apiA, tokenA1).stream()
                .anyMatch(i -> i.path("kind").asText().equals("status") && i.path("from").asText().equals(B1)
                        && i.path("responseForDocumentId").asText().equals(docId)));

        // n1 fetches its copy at N and acknowledges it; b1's copy was acknowledged at N by B's axis
        String axisIdN = item(apiN, tokenN1, docId).path("axisId").asText();
        assertThat(apiN.getBytes("/api/v1/packages/" + axisIdN, tokenN1, null).body()).isEqualTo(pkg);
        HttpResponse<String> ack = apiN.postJson("/api/v1/inbox/" + axisIdN + "/ack", tokenN1, null,
                "{\"result\":\"done\"}");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);

        await().atMost(WAIT).until(() -> hops(apiA, axisIdA).stream().filter(h -> h.contains(" upstream-received "))
                .count() == 2);
        JsonNode trace = Api.json(apiA.get("/api/v1/packages/" + axisIdA + "/trace", tokenA1, null));
        assertThat(trace.path("statuses").get(0).path("statusCode").asText()).isEqualTo("03");
        trace.path("recipients").forEach(r -> {
            List<OffsetDateTime> times = new ArrayList<>();
            r.path("history").forEach(h -> times.add(OffsetDateTime.parse(h.path("at").asText())));
            assertThat(times).as("every hop of %s has a time, in order", r.path("organId")).isNotEmpty().isSorted();
        });
        List<String> hops = hops(apiA, axisIdA);
        for (String unit : List.of(B1, N1)) {
            List<String> ofUnit = hops.stream().filter(h -> h.startsWith(unit + " ")).map(h -> h.split(" ", 3)[1])
                    .filter(t -> t.startsWith("sent-") || t.startsWith("upstream-")).toList();
            assertThat(ofUnit).as(unit).containsExactly("sent-upstream", "upstream-accepted", "upstream-received");
        }
        assertThat(hops).anySatisfy(h -> assertThat(h).startsWith(B1 + " sent-upstream ").contains("as DocId"))
                .anySatisfy(h -> assertThat(h).startsWith(N1 + " sent-upstream ").contains("as DocId"))
                .anySatisfy(h -> assertThat(h).startsWith(B1 + " upstream-received received by " + B1 + " at 20")
                        .endsWith("(receiveStatus done)"))
                .anySatisfy(h -> assertThat(h).startsWith(N1 + " upstream-received received by " + N1 + " at 20")
                        .endsWith("(receiveStatus done)"));
        assertThat(count(n, "select count(*) from package where document_id = ?", docId)).isEqualTo(1);
        assertThat(count(b, "select count(*) from package where document_id = ?", docId)).isEqualTo(1);
    }

    @Test
    void givenA1RevokesAnUnfetchedCopy_thenTheCopyAtBIsWithdrawn() {
        Api apiA = new Api(port(a));
        Api apiB = new Api(port(b));
        String docId = documentId();
        HttpResponse<String> sent = apiA.submit(EdxmlSamples.document(A1, docId, "Sẽ bị thu hồi", B1), tokenA1);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        await().atMost(WAIT).until(() -> item(apiB, tokenB1, docId) != null);

        HttpResponse<String> revoke = apiA.submit(EdxmlSamples.document(A1, documentId(), 1, docId, "Thu hồi văn bản",
                B1), tokenA1);
        assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(202);

        await().atMost(WAIT).until(() -> item(apiB, tokenB1, docId) == null);
        assertThat(b.getBean(JdbcClient.class).sql("select d.state from delivery d join package p on p.axis_id = d.axis_id"
                + " where p.document_id = ? and d.recipient_code = ?").params(docId, B1).query(String.class).single())
                .isEqualTo("REVOKED");
    }

    @Test
    void givenTheNationalAxisStopsForAWhile_thenAKeepsAccepting_andEveryPackageArrivesOnceWhenItReturns() {
        Api apiA = new Api(port(a));
        Api apiB = new Api(port(b));
        n.close();
        List<String> docIds = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String docId = documentId();
                HttpResponse<String> r = apiA.submit(EdxmlSamples.document(A1, docId, "Khi trục quốc gia ngừng " + i,
                        B1), tokenA1);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                docIds.add(docId);
            }
            await().atMost(WAIT).until(() -> a.getBean(JdbcClient.class).sql("select count(*) from event where type ="
                    + " 'attempt-failed'").query(Long.class).single() >= 5);
        } finally {
            n = start(nData, Map.of("server.port", String.valueOf(nPort)));
        }
        await().atMost(WAIT).until(() -> docIds.stream().allMatch(id -> item(apiB, tokenB1, id) != null));
        for (String docId : docIds) {
            assertThat(count(n, "select count(*) from package where document_id = ?", docId)).isEqualTo(1);
            assertThat(count(b, "select count(*) from package where document_id = ?", docId)).isEqualTo(1);
            assertThat(items(apiB, tokenB1).stream().filter(i -> docId.equals(i.path("documentId").asText()))).hasSize(1);
        }
    }

    /** A's trace of {@code axisId}, one line per recipient hop: "organId type detail". */
    static List<String> hops(Api apiA, String axisId) {
        JsonNode trace = Api.json(apiA.get("/api/v1/packages/" + axisId + "/trace", tokenA1, null));
        List<String> hops = new ArrayList<>();
        trace.path("recipients").forEach(r -> r.path("history").forEach(h ->
                hops.add(r.path("organId").asText() + " " + h.path("type").asText() + " " + h.path("detail").asText())));
        return hops;
    }

    static String documentId() {
        return A1 + ",2026/11/22," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
    }

    static JsonNode item(Api api, String token, String documentId) {
        return items(api, token).stream().filter(i -> documentId.equals(i.path("documentId").asText())).findFirst()
                .orElse(null);
    }

    static List<JsonNode> items(Api api, String token) {
        List<JsonNode> items = new ArrayList<>();
        Api.json(api.get("/api/v1/inbox?limit=500", token, null)).path("items").forEach(items::add);
        return items;
    }

    static long count(ConfigurableApplicationContext c, String sql, String param) {
        return c.getBean(JdbcClient.class).sql(sql).param(param).query(Long.class).single();
    }

    static Map<String, Object> upstream(String vxp, ClientRegistry.Registered atN) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("axis.upstream.enabled", "true");
        p.put("axis.upstream.base-uri", vxp);
        p.put("axis.upstream.system-id", atN.vxpSystemId());
        p.put("axis.upstream.secret", atN.vxpSecret());
        p.put("axis.upstream.timeout", "5s");
        p.put("axis.upstream.poll-interval", "500ms");
        p.put("axis.upstream.track-interval", "500ms");
        p.put("axis.route-rules[0].pattern", "*");
        p.put("axis.route-rules[0].target", "upstream");
        return p;
    }

    static ConfigurableApplicationContext start(Path data, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("axis.data-dir", data.toString());
        p.put("axis.node-id", "axis-" + data.getFileName());
        p.put("axis.directory.sample-file", "");
        p.put("axis.broker.max-delivery-attempts", "200");
        // a package accepted while an axis shuts down is published by the recovery sweep after restart
        p.put("axis.delivery.sweep-after", "2s");
        p.put("axis.delivery.sweep-period", "1s");
        p.put("server.port", "0");
        p.put("spring.artemis.embedded.server-id", String.valueOf(SERVER_IDS.incrementAndGet()));
        p.put("axis.broker.redelivery-delay", "300ms");
        p.put("axis.broker.max-redelivery-delay", "2s");
        p.putAll(extra);
        // command-line arguments, so that they override application.yml and the test profile
        return new SpringApplicationBuilder(AxisApplication.class).profiles("test")
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    static void local(ConfigurableApplicationContext c, String code) {
        c.getBean(AgencyRepository.class).upsert(new Agency(code, "Đơn vị " + code, null, true, DeliveryMode.PULL, null,
                SignaturePolicy.REQUIRED, true), "test");
    }

    static int port(ConfigurableApplicationContext c) {
        return Integer.parseInt(c.getEnvironment().getProperty("local.server.port"));
    }
}
