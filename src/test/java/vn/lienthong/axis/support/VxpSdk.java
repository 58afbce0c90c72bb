package vn.lienthong.axis.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpTimestamp;

/**
 * A client of the national axis API written from the spec's description of the VPCP/VNPT SDK
 * (§4.2): the timestamp is set once per instance; logical headers live in a {@link HashMap} (so the
 * signed JSON follows HashMap order, as in the SDK) and are signed with {@link VxpHeaders#sign};
 * uploads are the raw file bytes followed by CRLF under {@code Content-Type: application/octet-stream}.
 * Like a DMS that binds its signatures, it adds {@code servicecode} (the operation called) to every call's
 * JSON header unless the call names one itself; {@link #stock} signs what the stock SDK signs, no servicecode.
 */
public final class VxpSdk {
    private final HttpClient http;
    private final String endpoint;
    private final String systemId;
    private final String secret;
    private final boolean signServiceCode;
    private final String timestamp = VxpTimestamp.format(ZonedDateTime.now());

    public VxpSdk(String endpoint, String systemId, String secret) {
        this(endpoint, systemId, secret, HttpClient.newHttpClient());
    }

    /** With a chosen HTTP client (e.g. one that trusts a test TLS key). */
    public VxpSdk(String endpoint, String systemId, String secret, HttpClient http) {
        this(endpoint, systemId, secret, http, true);
    }

    private VxpSdk(String endpoint, String systemId, String secret, HttpClient http, boolean signServiceCode) {
        this.http = http;
        this.endpoint = endpoint;
        this.systemId = systemId;
        this.secret = secret;
        this.signServiceCode = signServiceCode;
    }

    /** The same system calling as the stock SDK does: its signatures never name the operation (no servicecode). */
    public VxpSdk stock() {
        return new VxpSdk(endpoint, systemId, secret, http, false);
    }

    /** The signed headers of a call to {@code operation}, naming it unless {@link #stock} or the call names one. */
    public Map<String, String> signed(String operation, String contentType, Map<String, String> callHeader) {
        Map<String, String> logical = logical(contentType, callHeader);
        if (signServiceCode) {
            logical.putIfAbsent(VxpHeaders.SERVICE_CODE, operation);
        }
        return VxpHeaders.sign(logical, secret);
    }

    /** The logical headers of one call: timestamp, systemid, Content-Type and the call's JSON header. */
    public Map<String, String> logical(String contentType, Map<String, String> callHeader) {
        Map<String, String> logical = new HashMap<>();
        logical.put("timestamp", timestamp);
        logical.put("systemid", systemId);
        logical.put("Content-Type", contentType);
        logical.putAll(callHeader);
        return logical;
    }

    /** sendEdoc as the SDK sends it: signed hash-file, body = file + CRLF. */
    public HttpResponse<String> sendEdoc(byte[] file, String from, String messageType) {
        return sendEdoc(file, from, messageType, sha256(file), h -> h);
    }

    /** sendEdoc with a chosen hash-file and a hook that may alter the HTTP headers after signing. */
    public HttpResponse<String> sendEdoc(byte[] file, String from, String messageType, String hashFile,
                                         UnaryOperator<Map<String, String>> afterSigning) {
        Map<String, String> call = new HashMap<>(Map.of("from", from, "servicetype", "eDoc",
                "messagetype", messageType, "hash-file", hashFile));
        byte[] body = new byte[file.length + 2];
        System.arraycopy(file, 0, body, 0, file.length);
        body[file.length] = '\r';
        body[file.length + 1] = '\n';
        Map<String, String> headers = afterSigning.apply(new HashMap<>(
                signed("sendEdoc", "application/octet-stream", call)));
        return send("sendEdoc", headers, HttpRequest.BodyPublishers.ofByteArray(body), "POST");
    }

    /** sendEdoc as genuine multipart/form-data, the file in part {@code file_doc}. */
    public HttpResponse<String> sendEdocMultipart(byte[] file, String from, String messageType) {
        String boundary = "----vxp" + System.nanoTime();
        Map<String, String> call = new HashMap<>(Map.of("from", from, "servicetype", "eDoc",
                "messagetype", messageType, "hash-file", sha256(file)));
        Map<String, String> headers = new HashMap<>(signed("sendEdoc", "application/octet-stream", call));
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file_doc\"; filename=\"doc.edxml\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send("sendEdoc", headers, HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofByteArray(file), HttpRequest.BodyPublishers.ofByteArray(tail)), "POST");
    }

    /** A JSON-header call (getReceivedEdocList, getEdoc, updateStatus, …) with an optional body. */
    public HttpResponse<String> call(String operation, Map<String, String> callHeader, String body, String method) {
        return call(operation, callHeader, body, method, h -> h);
    }

    /** A JSON-header call whose HTTP headers {@code afterSigning} may alter (add unsigned ones, tamper). */
    public HttpResponse<String> call(String operation, Map<String, String> callHeader, String body, String method,
                                     UnaryOperator<Map<String, String>> afterSigning) {
        return send(operation, afterSigning.apply(new HashMap<>(signed(operation, "application/json", callHeader))), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                method);
    }

    /**
     * registerAgency as a DMS calls it through the real SDK when it binds the body: the call's JSON
     * header (which the SDK signs) carries {@code servicecode} and the SHA-256 of the body.
     */
    public HttpResponse<String> registerAgency(String data) {
        return call("registerAgency", Map.of("servicecode", "registerAgency",
                "hash-file", sha256(data.getBytes(StandardCharsets.UTF_8))), data, "POST");
    }

    public HttpResponse<byte[]> download(String docId) {
        Map<String, String> headers = signed("downloadEdoc", "application/json", Map.of("docId", docId, "filePath", ""));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + "/downloadEdoc")).GET();
        headers.forEach(b::header);
        try {
            return http.send(b.header("User-Agent", VxpHeaders.USER_AGENT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> r) {
        return Api.json(r);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String operation, Map<String, String> headers, HttpRequest.BodyPublisher body,
                                      String method) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + "/" + operation)).method(method, body)
                .header("User-Agent", VxpHeaders.USER_AGENT);
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
