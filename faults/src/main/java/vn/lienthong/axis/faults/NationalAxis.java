package vn.lienthong.axis.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.cluster.Inboxes;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisProcess;

/**
 * The upstream national axis: another axis process (profile {@code test}: H2 and its embedded broker) where
 * {@link #AGENCY} is a local pull unit and the cluster is registered as a VXP client system acting for the
 * province's sender. Taken down with SIGKILL and started again on the same port and data.
 */
final class NationalAxis implements AutoCloseable {
    static final String AGENCY = "000.00.00.G22";
    private static final String ADMIN_TOKEN = "sample-admin-token";
    private final AxisProcess process;
    private String provinceSystemId;
    private String provinceSecret;
    private String inboxToken;

    NationalAxis(Path dataDir) {
        this.process = new AxisProcess(dataDir, "384m", "--axis.broker.max-delivery-attempts=200");
    }

    /** Starts it and registers the national unit, its DMS and the province's axis (acting for {@code sender}). */
    void startAndRegister(String sender) {
        process.start();
        Api api = api();
        HttpResponse<String> g22 = api.send(api.request("/admin/api/v1/agencies/" + AGENCY, ADMIN_TOKEN, null)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Văn phòng Chính phủ\",\"local\":true,\"mode\":\"pull\"}")).build());
        require(g22, "national unit");
        JsonNode province = register(api, "{\"name\":\"Trục tỉnh Mẫu\",\"agencies\":[\"" + sender
                + "\"],\"vxpSystemId\":\"axis.h99\"}");
        provinceSystemId = province.path("vxpSystemId").asText();
        provinceSecret = province.path("vxpSecret").asText();
        inboxToken = register(api, "{\"name\":\"DMS " + AGENCY + "\",\"agencies\":[\"" + AGENCY + "\"]}")
                .path("token").asText();
    }

    /** What the province's nodes need to reach this axis (environment variables of the nodes). */
    Map<String, String> upstreamEnvironment() {
        return Map.of("AXIS_UPSTREAM_ENABLED", "true",
                "AXIS_UPSTREAM_BASE_URI", "http://127.0.0.1:" + process.port() + "/vxp/",
                "AXIS_UPSTREAM_SYSTEM_ID", provinceSystemId,
                "AXIS_UPSTREAM_SECRET", provinceSecret);
    }

    void kill() throws InterruptedException {
        process.kill();
    }

    void start() {
        process.start();
    }

    /** Document ids in the national unit's inbox. */
    List<String> inbox() {
        return Inboxes.documentIds(api(), inboxToken);
    }

    private Api api() {
        return new Api(process.port());
    }

    private static JsonNode register(Api api, String body) {
        HttpResponse<String> r = api.postJson("/admin/api/v1/clients", ADMIN_TOKEN, null, body);
        require(r, "client");
        return Api.json(r);
    }

    private static void require(HttpResponse<String> r, String what) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("national axis: " + what + " refused: " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
