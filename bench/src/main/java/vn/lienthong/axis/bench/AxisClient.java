package vn.lienthong.axis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The axis's admin and client APIs over real HTTP/1.1, as a DMS and an operator use them. */
final class AxisClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final AxisTarget server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    AxisClient(AxisTarget server) {
        this.server = server;
    }

    /** An inbox item: the package and its mailbox cursor. */
    record Item(String axisId, long cursor) {}

    /** One inbox page. */
    record Page(List<Item> items, String nextCursor) {}

    /** A submit's answer: HTTP status, axisId (null when refused) and the body. */
    record Receipt(int status, String axisId, String body) {
        boolean accepted() {
            return status == 202 && axisId != null;
        }
    }

    void createAgency(String code, String name, String mode, String endpoint) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("parentCode", BenchPackages.SENDER);
        body.put("local", true);
        body.put("mode", mode);
        if (endpoint != null) {
            body.put("endpoint", endpoint);
        }
        HttpResponse<String> r = send(admin("/admin/api/v1/agencies")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        expect(r, 201, "create agency " + code);
    }

    /** Registers a client system for {@code agencies}; returns its bearer token. */
    String registerClient(String name, List<String> agencies) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", name, "agencies", agencies));
        HttpResponse<String> r = send(admin("/admin/api/v1/clients").POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        expect(r, 201, "register client " + name);
        return JSON.readTree(r.body()).path("token").asText();
    }

    /** A VXP client system: its systemId and the secret shown once. */
    record VxpCredentials(String systemId, String secret) {}

    VxpCredentials registerVxpClient(String name, List<String> agencies, String systemId) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", name, "agencies", agencies, "vxpSystemId", systemId));
        HttpResponse<String> r = send(admin("/admin/api/v1/clients").POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        expect(r, 201, "register VXP client " + name);
        return new VxpCredentials(systemId, JSON.readTree(r.body()).path("vxpSecret").asText());
    }

    /**
     * sendEdoc as the national SDK sends it (signed XroadVnpt-* headers, raw body + CRLF), with the operation
     * signed ({@code servicecode}), as a strict client system must.
     */
    Receipt submitVxp(byte[] pkg, String from, VxpCredentials vxp) throws Exception {
        Map<String, String> logical = new LinkedHashMap<>();
        logical.put("timestamp", vn.lienthong.axis.federation.vxp.VxpTimestamp.format(java.time.ZonedDateTime.now()));
        logical.put("systemid", vxp.systemId());
        logical.put("Content-Type", "application/octet-stream");
        logical.put("from", from);
        logical.put("servicetype", "eDoc");
        logical.put("messagetype", "edoc");
        logical.put("hash-file", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pkg)));
        logical.put(vn.lienthong.axis.federation.vxp.VxpHeaders.SERVICE_CODE, "sendEdoc"); // a strict client names it
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/vxp/sendEdoc")).POST(
                HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(pkg),
                        HttpRequest.BodyPublishers.ofString("\r\n")));
        vn.lienthong.axis.federation.vxp.VxpHeaders.sign(logical, vxp.secret()).forEach(b::header);
        HttpResponse<String> r = send(b.build());
        JsonNode env = JSON.readTree(r.body());
        boolean ok = r.statusCode() == 200 && "OK".equals(env.path("status").asText());
        return new Receipt(ok ? 202 : r.statusCode(), ok ? env.path("DocId").asText(null) : null, r.body());
    }

    Receipt submit(byte[] pkg, String token) throws Exception {
        return receipt(send(api("/api/v1/packages", token, null).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pkg)).build()));
    }

    Receipt submit(Path pkg, String token) throws Exception {
        return receipt(send(api("/api/v1/packages", token, null).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofFile(pkg)).build()));
    }

    private static Receipt receipt(HttpResponse<String> r) throws IOException {
        String axisId = null;
        if (r.statusCode() == 202) {
            axisId = JSON.readTree(r.body()).path("axisId").asText(null);
        }
        return new Receipt(r.statusCode(), axisId, r.body());
    }

    Page inbox(String token, String agency, String after, int limit) throws Exception {
        HttpResponse<String> r = send(api("/api/v1/inbox?limit=" + limit + (after == null ? "" : "&after=" + after),
                token, agency).GET().build());
        expect(r, 200, "inbox of " + agency);
        JsonNode page = JSON.readTree(r.body());
        List<Item> items = new ArrayList<>();
        page.path("items").forEach(i -> items.add(new Item(i.path("axisId").asText(), i.path("cursor").asLong())));
        return new Page(items, page.path("nextCursor").asText(null));
    }

    /** Every pending item of the agency's inbox, paging with the cursor. */
    List<Item> wholeInbox(String token, String agency) throws Exception {
        List<Item> all = new ArrayList<>();
        String after = null;
        do {
            Page p = inbox(token, agency, after, 500);
            all.addAll(p.items());
            after = p.nextCursor();
        } while (after != null);
        return all;
    }

    void ack(String token, String agency, String axisId) throws Exception {
        HttpResponse<String> r = send(api("/api/v1/inbox/" + axisId + "/ack", token, agency)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"result\":\"done\"}")).build());
        expect(r, 200, "ack " + axisId);
    }

    /** Streams the package to a digest; returns {bytes, sha256 hex}. */
    Object[] fetch(String token, String agency, String axisId) throws Exception {
        HttpResponse<InputStream> r = http.send(api("/api/v1/packages/" + axisId, token, agency).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                bytes += n;
            }
        }
        if (r.statusCode() != 200) {
            throw new BenchFailure("fetch " + axisId + " answered " + r.statusCode());
        }
        return new Object[] {bytes, HexFormat.of().formatHex(md.digest())};
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + AxisServer.ADMIN_TOKEN)
                .header("Content-Type", "application/json").header("X-Operator", "bench");
    }

    private HttpRequest.Builder api(String path, String token, String agency) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token);
        return agency == null ? b : b.header("X-Agency", agency);
    }

    private HttpResponse<String> send(HttpRequest req) throws Exception {
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new BenchFailure(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }
}
