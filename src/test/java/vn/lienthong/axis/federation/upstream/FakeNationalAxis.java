package vn.lienthong.axis.federation.upstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;

/**
 * TEST DOUBLE of the REMOTE national axis (or of a peer axis's VXP facade): a loopback HTTP server
 * that authenticates every call with the real {@link VxpRequestVerifier} (HMAC, signed headers,
 * hash-file), keeps what it was sent, serves an in-memory queue of inbound items, and can misbehave
 * on demand (malformed JSON, HTTP 500, hanging past the client's timeout, FAIL envelopes).
 */
final class FakeNationalAxis implements AutoCloseable {
    enum Fault { MALFORMED_JSON, HTTP_500, HANG, FAIL }

    record Sent(String docId, String from, String messageType, byte[] body) {}

    record Item(String docId, String messageType, String from, byte[] bytes) {}

    record StatusUpdate(String docId, String status, String description) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final String systemId;
    private final String secret;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<StatusUpdate> statusUpdates = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> refusedAuth = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Fault>> faults = new ConcurrentHashMap<>();
    final Map<String, Item> queue = new ConcurrentHashMap<>();
    volatile ArrayNode agencies = JSON.createArrayNode();
    /** getSynchronizeUnit's data; null: the call is not offered (HTTP 404), as on older national axes. */
    volatile ArrayNode synchronizeUnits;
    volatile Consumer<StatusUpdate> onStatusUpdate = u -> {};
    /** getSentEdocList answers by docId: the raw JSON body, or "HTTP 500"; a docId without one: 404. */
    final Map<String, String> sentListAnswers = new ConcurrentHashMap<>();
    /** The docIds getSentEdocList was asked about, in order. */
    final List<String> sentListAsked = new CopyOnWriteArrayList<>();

    FakeNationalAxis(String systemId, String secret) {
        this.systemId = systemId;
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VxpRequestVerifier verifier = new VxpRequestVerifier(
                id -> systemId.equals(id) ? Optional.of(secret) : Optional.empty(), Duration.ofMinutes(5),
                Clock.systemUTC());
        server.createContext("/vxp/", ex -> handle(ex, verifier));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/vxp/");
    }

    String systemId() { return systemId; }

    String secret() { return secret; }

    /** The next uploads whose bytes contain {@code marker} meet these faults, one each, in order. */
    void faultsFor(String marker, Fault... next) {
        faults.computeIfAbsent(marker, m -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Every upload whose bytes contain {@code marker} is refused with a FAIL envelope. */
    void poison(String marker) {
        faults.put(marker, new ConcurrentLinkedDeque<>(List.of(Fault.FAIL)) {
            @Override
            public Fault pollFirst() {
                return Fault.FAIL;
            }
        });
    }

    private Fault faultFor(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return faults.entrySet().stream().filter(e -> text.contains(e.getKey())).findFirst()
                .map(e -> e.getValue().pollFirst()).orElse(null);
    }

    void enqueue(String docId, String messageType, String from, byte[] bytes) {
        queue.put(docId, new Item(docId, messageType, from, bytes));
    }

    long callsOf(String operation) {
        return calls.stream().filter(operation::equals).count();
    }

    List<StatusUpdate> updatesOf(String docId) {
        return statusUpdates.stream().filter(u -> u.docId().equals(docId)).toList();
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange ex, VxpRequestVerifier verifier) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String op = ex.getRequestURI().getPath().substring("/vxp/".length());
        VxpRequestVerifier.Caller caller;
        try {
            caller = verifier.verify(ex.getRequestHeaders()::getFirst);
        } catch (AxisException e) {
            refusedAuth.add(op + ": " + e.detail());
            answer(ex, 200, JSON.writeValueAsBytes(VxpEnvelope.fail(e.code(), e.detail())));
            return;
        }
        calls.add(op);
        switch (op) {
            case "sendEdoc" -> sendEdoc(ex, caller, body);
            case "getReceivedEdocList" -> {
                String type = caller.value("messagetype").orElse("edoc");
                ArrayNode data = JSON.createArrayNode();
                queue.values().stream().filter(i -> i.messageType().equals(type)).forEach(i -> {
                    ObjectNode n = data.addObject();
                    n.put("docId", i.docId()).put("from", i.from()).put("messageType", i.messageType())
                            .put("serviceType", "eDoc").put("status", "initial");
                });
                ok(ex, VxpEnvelope.ok("OK", data));
            }
            case "getEdoc" -> {
                Item item = queue.get(caller.value("docId").orElse(""));
                ok(ex, item == null ? new VxpEnvelope("FAIL", "404", "no such docId", null, null, null)
                        : VxpEnvelope.ok("OK", JSON.getNodeFactory().textNode(
                                Base64.getEncoder().encodeToString(item.bytes()))));
            }
            case "updateStatus" -> {
                StatusUpdate u = new StatusUpdate(caller.value("docId").orElse(""), caller.value("status").orElse(""),
                        caller.value("description").orElse(null));
                onStatusUpdate.accept(u);
                statusUpdates.add(u);
                if (u.status().equals("done") || u.status().equals("fail")) {
                    queue.remove(u.docId());
                }
                ok(ex, VxpEnvelope.ok("OK", null));
            }
            case "getSentEdocList" -> {
                String docId = caller.value("docId").orElse("");
                sentListAsked.add(docId);
                String answer = sentListAnswers.get(docId);
                if (answer == null || answer.equals("HTTP 500")) {
                    answer(ex, answer == null ? 404 : 500, "{}".getBytes(StandardCharsets.UTF_8));
                } else {
                    answer(ex, 200, answer.getBytes(StandardCharsets.UTF_8));
                }
            }
            case "getAgenciesList" -> ok(ex, VxpEnvelope.ok("OK", agencies));
            case "getSynchronizeUnit" -> {
                ArrayNode units = synchronizeUnits;
                if (units == null) {
                    answer(ex, 404, "{}".getBytes(StandardCharsets.UTF_8));
                } else {
                    ok(ex, VxpEnvelope.ok("OK", units));
                }
            }
            default -> answer(ex, 404, "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void sendEdoc(HttpExchange ex, VxpRequestVerifier.Caller caller, byte[] body) throws IOException {
        byte[] file = body;
        if (file.length >= 2 && file[file.length - 2] == '\r' && file[file.length - 1] == '\n') {
            file = Arrays.copyOf(file, file.length - 2);
        }
        try {
            VxpRequestVerifier.checkBodyHash(caller, sha256(file));
        } catch (AxisException e) {
            refusedAuth.add("sendEdoc: " + e.detail());
            ok(ex, VxpEnvelope.fail(e.code(), e.detail()));
            return;
        }
        Fault fault = faultFor(file);
        if (fault != null) {
            switch (fault) {
                case MALFORMED_JSON -> answer(ex, 200, "{\"status\":\"OK\",\"DocId\":".getBytes(StandardCharsets.UTF_8));
                case HTTP_500 -> answer(ex, 500, "<html>Internal Server Error</html>".getBytes(StandardCharsets.UTF_8));
                case HANG -> {
                    try {
                        stopped.await(8, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.close();
                }
                case FAIL -> ok(ex, new VxpEnvelope("FAIL", "500", "poison: the national axis refuses this package",
                        null, null, null));
            }
            return;
        }
        String docId = "vxp-" + systemId + "-" + sequence.incrementAndGet();
        sent.add(new Sent(docId, caller.value("from").orElse(null), caller.value("messagetype").orElse(null), file));
        ok(ex, VxpEnvelope.sent(docId));
    }

    private static void ok(HttpExchange ex, VxpEnvelope env) throws IOException {
        answer(ex, 200, JSON.writeValueAsBytes(env));
    }

    private static void answer(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
