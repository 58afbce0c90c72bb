package vn.lienthong.axis.federation.vxp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Client of a national-axis (VXP) API, speaking exactly as the VPCP/VNPT SDK does: signed
 * {@code XroadVnpt-*} headers, raw octet-stream uploads followed by CRLF, JSON envelopes.
 * Transport failures, HTTP 5xx, malformed answers and answers that stall for longer than the timeout
 * are {@link AxisErrorCode#DEPENDENCY_UNAVAILABLE} (retryable); a well-formed FAIL envelope is returned
 * to the caller to decide.
 */
public final class VxpClient {
    /** Where and as whom to call. */
    public record Endpoint(URI baseUri, String systemId, String secret, Duration timeout) {}

    /** One entry of getReceivedEdocList. */
    public record ReceivedItem(String docId, String from, String to, String messageType, String status) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Endpoint endpoint;
    private final HttpClient http;
    private final Clock clock;

    public VxpClient(Endpoint endpoint, HttpClient http, Clock clock) {
        this.endpoint = endpoint;
        this.http = http;
        this.clock = clock;
    }

    /** sendEdoc: uploads the package file; returns the envelope (DocId on success). */
    public VxpEnvelope sendEdoc(Path edxml, String from, String messageType) {
        Map<String, String> logical = base("application/octet-stream");
        logical.put("from", from);
        logical.put("servicetype", "eDoc");
        logical.put("messagetype", messageType);
        logical.put(VxpHeaders.HASH_FILE, sha256Hex(edxml));
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofFile(edxml),
                    HttpRequest.BodyPublishers.ofString("\r\n"));
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot read " + edxml + ": " + e.getMessage());
        }
        return call("sendEdoc", logical, body);
    }

    /** getReceivedEdocList for {@code edoc} or {@code status}. */
    public List<ReceivedItem> receivedList(String messageType) {
        Map<String, String> logical = base("application/json");
        logical.put("servicetype", "eDoc");
        logical.put("messagetype", messageType);
        VxpEnvelope env = requireOk(call("getReceivedEdocList", logical, HttpRequest.BodyPublishers.noBody()));
        List<ReceivedItem> items = new java.util.ArrayList<>();
        if (env.data() != null && env.data().isArray()) {
            for (JsonNode n : env.data()) {
                items.add(new ReceivedItem(n.path("docId").asText(), n.path("from").asText(null),
                        n.path("to").isMissingNode() ? null : n.path("to").asText(),
                        n.path("messageType").asText(messageType), n.path("status").asText(null)));
            }
        }
        return items;
    }

    /**
     * getEdoc: the package, decoded from the envelope's base64 {@code data} while the answer streams in, written
     * to {@code target} (created or overwritten); returns its size. Neither the answer nor the package is held in
     * memory. On any failure {@code target} is deleted.
     */
    public long getEdoc(String docId, Path target) {
        Map<String, String> logical = base("application/json");
        logical.put("docId", docId);
        logical.put("filePath", "");
        HttpResponse<InputStream> resp = send("getEdoc", logical, HttpRequest.BodyPublishers.noBody(),
                HttpResponse.BodyHandlers.ofInputStream());
        boolean kept = false;
        try (InputStream body = StalledBodyGuard.guard(resp.body(), endpoint.timeout())) {
            if (resp.statusCode() >= 500) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                        "VXP getEdoc answered HTTP " + resp.statusCode());
            }
            StreamedEdoc edoc = StreamedEdoc.read(JSON.getFactory(), body, target);
            requireOk(edoc.envelope());
            if (!edoc.hasData()) {
                throw malformed("getEdoc answered without base64 data");
            }
            kept = true;
            return Files.size(target);
        } catch (IOException e) {
            throw malformed("VXP getEdoc answered HTTP " + resp.statusCode() + " with an unreadable body: "
                    + reason(e));
        } finally {
            if (!kept) {
                deleteQuietly(target);
            }
        }
    }

    /**
     * getSentEdocList for one upload: the raw {@code data} (one row per recipient copy:
     * {@code toCode, sentTime, receivedTime, sendStatus, receiveStatus, receiveStatusDesc, …}).
     */
    public JsonNode sentList(String docId, String messageType) {
        Map<String, String> logical = base("application/json");
        logical.put("servicetype", "eDoc");
        logical.put("messagetype", messageType);
        logical.put("docId", docId);
        return requireOk(call("getSentEdocList", logical, HttpRequest.BodyPublishers.noBody())).data();
    }

    /** updateStatus: done | fail | processing, with an optional description. */
    public VxpEnvelope updateStatus(String docId, String status, String description) {
        Map<String, String> logical = base("application/json");
        logical.put("docId", docId);
        logical.put("status", status);
        if (description != null) {
            logical.put("description", description);
        }
        return call("updateStatus", logical, HttpRequest.BodyPublishers.noBody());
    }

    /** getAgenciesList: the raw {@code data} array. */
    public JsonNode agencies() {
        return requireOk(call("getAgenciesList", base("application/json"),
                HttpRequest.BodyPublishers.ofString("{}"))).data();
    }

    /**
     * getSynchronizeUnit: the raw {@code data} array of units
     * ({@code id, pid, code, name, mail, centerCode, version, deleted, modifyDate, isAgency}).
     */
    public JsonNode synchronizeUnits() {
        return requireOk(call("getSynchronizeUnit", base("application/json"),
                HttpRequest.BodyPublishers.ofString("{}"))).data();
    }

    private Map<String, String> base(String contentType) {
        Map<String, String> logical = new LinkedHashMap<>();
        logical.put(VxpHeaders.TIMESTAMP, VxpTimestamp.format(ZonedDateTime.now(clock)));
        logical.put(VxpHeaders.SYSTEM_ID, endpoint.systemId());
        logical.put("Content-Type", contentType);
        return logical;
    }

    private VxpEnvelope call(String operation, Map<String, String> logical, HttpRequest.BodyPublisher body) {
        HttpResponse<InputStream> resp = send(operation, logical, body, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream answer = StalledBodyGuard.guard(resp.body(), endpoint.timeout())) {
            if (resp.statusCode() >= 500) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                        "VXP " + operation + " answered HTTP " + resp.statusCode());
            }
            return JSON.readValue(answer, VxpEnvelope.class);
        } catch (IOException e) {
            throw malformed("VXP " + operation + " answered HTTP " + resp.statusCode() + " with malformed JSON: "
                    + reason(e));
        }
    }

    private <T> HttpResponse<T> send(String operation, Map<String, String> logical, HttpRequest.BodyPublisher body,
                                     HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder req = HttpRequest.newBuilder(operationUri(operation))
                .timeout(endpoint.timeout()).header("User-Agent", VxpHeaders.USER_AGENT).POST(body);
        Map<String, String> bound = new LinkedHashMap<>(logical);
        bound.put(VxpHeaders.SERVICE_CODE, operation); // binds the signature to this operation
        VxpHeaders.sign(bound, endpoint.secret()).forEach(req::header);
        try {
            return http.send(req.build(), handler);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "VXP " + operation + " at " + endpoint.baseUri() + " failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "VXP " + operation + " interrupted");
        }
    }

    /** The parser's message without its source excerpt. */
    private static String reason(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the spool is removed by the housekeeping route
        }
    }

    /**
     * The SDK appends "/operation" to its endpoint; {@code URI.resolve} would drop the last path
     * segment of an endpoint without a trailing slash ({@code http://axis/vxp} → {@code /sendEdoc}).
     */
    private URI operationUri(String operation) {
        String base = endpoint.baseUri().toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + operation);
    }

    private static VxpEnvelope requireOk(VxpEnvelope env) {
        if (!env.succeeded()) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                    "VXP refused: ErrorCode " + env.errorCode() + " " + env.errorDesc());
        }
        return env;
    }

    private static AxisException malformed(String detail) {
        return new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, detail);
    }

    static String sha256Hex(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot hash " + file + ": " + e.getMessage());
        }
    }
}
