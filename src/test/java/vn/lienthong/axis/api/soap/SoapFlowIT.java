package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.attachment.ByteDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.api.soap.contract.Acknowledge;
import vn.lienthong.axis.api.soap.contract.AxisFault;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.api.soap.contract.GetPackage;
import vn.lienthong.axis.api.soap.contract.GetPackageResponse;
import vn.lienthong.axis.api.soap.contract.GetTrace;
import vn.lienthong.axis.api.soap.contract.GetTraceResponse;
import vn.lienthong.axis.api.soap.contract.ListAgencies;
import vn.lienthong.axis.api.soap.contract.ListPending;
import vn.lienthong.axis.api.soap.contract.PendingItem;
import vn.lienthong.axis.api.soap.contract.Receipt;
import vn.lienthong.axis.api.soap.contract.RecipientTrace;
import vn.lienthong.axis.api.soap.contract.SendPackage;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.StatusCode;
import vn.lienthong.axis.support.RecordingEndpoint;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;

/**
 * The SOAP edge end to end: a CXF client built from the served WSDL, MTOM both ways, the real
 * inspector (XML-DSig + SAMPLE PKI), real Artemis, a real push endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoapFlowIT extends SoapTestBase {
    static final Path DATA = TestDirs.fresh("soap");
    /** Small limits, so that the size refusals are cheap to provoke. */
    static final int MAX_PACKAGE_BYTES = 1024 * 1024;

    @Autowired MeterRegistry meters;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.intake.inspector", () -> "verified");
        r.add("axis.limits.max-package-bytes", () -> MAX_PACKAGE_BYTES);
        r.add("axis.soap.max-inline-package-bytes", () -> 64 * 1024);
    }

    @Test
    void givenTheServedWsdl_thenItIsTheContractWithTheLiveAddress() {
        HttpResponse<String> wsdl = rawGet(wsdlUrl());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("name=\"LienThongAxis\"", "urn:lienthong:axis:v1:SendPackage", "AxisAuth", "expectedContentTypes",
                "name=\"AxisService\"", "location=\"http://127.0.0.1:" + port + "/ws/axis\"");
    }

    @Test
    void givenPackageFromAToBCAndX_thenPulledPushedTracedAndStatusesReturnToA() throws Exception {
        List<String> seen = newSeen();
        AxisPortType soap = port(seen);
        EdxmlPackage doc = TestPackages.document(A, List.of(B, C, X));
        String docId = doc.header().documentId();
        Path file = signed(doc, DATA.resolve("out"), A);
        byte[] bytes = Files.readAllBytes(file);
        int pushesBefore = ENDPOINT.hits("/c").size();
        double soapAcceptedBefore = received("accepted");

        Receipt receipt = soap.sendPackage(send(new DataHandler(new FileDataSource(file.toFile()))), auth(tokenA))
                .getReceipt();
        String axisId = receipt.getAxisId();
        assertThat(seen).anyMatch(t -> t.startsWith("out multipart/related") && t.contains("application/xop+xml"));
        assertThat(receipt.isDuplicate()).isFalse();
        assertThat(receipt.getVerification().isValid()).isTrue();
        assertThat(receipt.getVerification().isSigned()).isTrue();
        assertThat(receipt.getVerification().getPolicy()).isEqualTo("required");
        assertThat(receipt.getDocumentId()).isEqualTo(docId);
        assertThat(receipt.getKind()).isEqualTo("document");
        assertThat(receipt.getBusinessType()).isZero();
        assertThat(receipt.getSha256()).isEqualTo(sha256(bytes));
        assertThat(receipt.getRecipient().stream().collect(Collectors.toMap(r -> r.getOrganId(),
                r -> r.getRoute() + "/" + r.getState()))).isEqualTo(Map.of(B, "local-pull/queued",
                C, "local-push/queued", X, "unroutable/unroutable"));
        assertThat(received("accepted")).isEqualTo(soapAcceptedBefore + 1);

        Receipt again = soap.sendPackage(send(new DataHandler(new FileDataSource(file.toFile()))), auth(tokenA))
                .getReceipt();
        assertThat(again.isDuplicate()).isTrue();
        assertThat(again.getAxisId()).isEqualTo(axisId);

        await().atMost(WAIT).until(() -> pendingIds(soap, tokenB, "document").contains(axisId));
        seen.clear();
        GetPackageResponse got = soap.getPackage(get(axisId), auth(tokenB));
        byte[] fetched;
        try (InputStream in = got.getPackage().getInputStream()) {
            fetched = in.readAllBytes();
        }
        assertThat(fetched).isEqualTo(bytes);
        assertThat(sha256(fetched)).isEqualTo(got.getSha256()).isEqualTo(receipt.getSha256());
        assertThat(seen).anyMatch(t -> t.startsWith("in multipart/related") && t.contains("application/xop+xml"));

        assertThat(soap.acknowledge(ack(axisId, "done"), auth(tokenB)).getState()).isEqualTo("acked");
        assertThat(pendingIds(soap, tokenB, null)).doesNotContain(axisId);

        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));
        List<RecordingEndpoint.Hit> pushes = ENDPOINT.hits("/c").subList(pushesBefore, ENDPOINT.hits("/c").size());
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).body()).isEqualTo(bytes);

        String arrived = sendStatus(soap, docId, StatusCode.ARRIVED);
        String accepted = sendStatus(soap, docId, StatusCode.ACCEPTED);

        GetTraceResponse trace = soap.getTrace(trace(axisId), auth(tokenA));
        assertThat(trace.getDocumentId()).isEqualTo(docId);
        Map<String, RecipientTrace> byOrgan = trace.getRecipient().stream()
                .collect(Collectors.toMap(RecipientTrace::getOrganId, r -> r));
        assertThat(byOrgan.get(B).getState()).isEqualTo("acked");
        assertThat(byOrgan.get(C).getState()).isEqualTo("delivered");
        assertThat(byOrgan.get(X).getState()).isEqualTo("unroutable");
        assertThat(byOrgan.get(B).getHistory()).isNotEmpty().allSatisfy(h -> assertThat(h.getAt()).isNotNull());
        assertThat(byOrgan.get(B).getStatus()).extracting(s -> s.getAxisId() + "=" + s.getStatusCode())
                .containsExactlyInAnyOrder(arrived + "=01", accepted + "=03");
        assertThat(byOrgan.values()).as("duties only when asked for").allSatisfy(r -> assertThat(r.getDuty()).isEmpty());
        assertTheSameDutiesAsTheRestTrace(soap, axisId);

        await().atMost(WAIT).until(() -> pendingIds(soap, tokenA, "status").containsAll(List.of(arrived, accepted)));
        List<PendingItem> statuses = pending(soap, tokenA, "status");
        assertThat(statuses).filteredOn(i -> i.getAxisId().equals(accepted)).singleElement()
                .satisfies(i -> assertThat(i.getStatusCode()).isEqualTo("03"))
                .satisfies(i -> assertThat(i.getFrom()).isEqualTo(B));
        assertThat(soap.listAgencies(new ListAgencies(), auth(tokenA)).getAgency())
                .anySatisfy(a -> assertThat(a.getCode()).isEqualTo(B));
    }

    @Test
    void givenRefusals_thenCatalogueFaultsAndNothingPersisted() throws Exception {
        AxisPortType soap = port(newSeen());
        Path file = signed(TestPackages.document(A, List.of(B)), DATA.resolve("out"), A);
        String axisId = soap.sendPackage(send(new DataHandler(new FileDataSource(file.toFile()))), auth(tokenA))
                .getReceipt().getAxisId();
        Path another = signed(TestPackages.document(A, List.of(B)), DATA.resolve("out"), A);
        Footprint before = footprint();

        AxisFault bad = fault(() -> soap.sendPackage(send(new DataHandler(new FileDataSource(another.toFile()))),
                auth("not-a-token")));
        assertThat(bad.getCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(bad.getField()).isEqualTo("AxisAuth/token");
        assertThat(bad.isRetryable()).isFalse();
        assertThat(fault(() -> soap.listPending(new ListPending(), null)).getCode()).isEqualTo("UNAUTHENTICATED");

        assertThat(fault(() -> soap.getPackage(get(axisId), auth(tokenD))).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> soap.acknowledge(ack(axisId, "done"), auth(tokenD))).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> soap.getTrace(trace(axisId), auth(tokenB))).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> soap.acknowledge(ack(axisId, "maybe"), auth(tokenB))).getCode()).isEqualTo("BAD_REQUEST");

        AxisFault malformed = fault(() -> soap.sendPackage(send(new DataHandler(new ByteDataSource(
                "<edXML><x>".getBytes(StandardCharsets.UTF_8), "application/octet-stream"))), auth(tokenA)));
        assertThat(malformed.getCode()).isEqualTo("MALFORMED_XML");
        assertThat(fault(() -> soap.sendPackage(send(new DataHandler(new FileDataSource(
                signed(TestPackages.document(B, List.of(A)), DATA.resolve("out"), B).toFile()))), auth(tokenA)))
                .getCode()).isEqualTo("SENDER_MISMATCH");

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenRefusalOnTheWire_thenClientFaultCodeAndNoInternals() {
        HttpResponse<String> r = rawPost(envelope("<a:AxisAuth><a:token>nope</a:token></a:AxisAuth>",
                "<a:ListAgencies/>"), "ListAgencies");
        assertClientFault(r, "UNAUTHENTICATED");
        assertThat(r.body()).containsPattern("retryable>false</").doesNotContain("Exception");
    }

    @Test
    void givenDoctypeInTheEnvelope_thenRefusedWithoutExpandingAndNothingPersisted() throws Exception {
        Footprint before = footprint();
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).trim()
                : "no-hostname-file";
        HttpResponse<String> r = rawPost("<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY h SYSTEM"
                + " \"file:///etc/hostname\">]>" + envelope(authHeader(tokenA),
                "<a:ListAgencies><a:q>&h;</a:q></a:ListAgencies>"), "ListAgencies");
        assertClientFault(r, "DTD_NOT_ALLOWED");
        assertThat(r.body()).doesNotContain(hostname).doesNotContain("AgencyEntry", "ListAgenciesResponse");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenEnvelopeDeeperThanMaxDepth_thenXmlLimitExceeded() {
        String header = authHeader(tokenA);
        HttpResponse<String> shallow = rawPost(envelope(header + nested(60), "<a:ListAgencies/>"), "ListAgencies");
        assertThat(shallow.statusCode()).as(shallow.body()).isEqualTo(200);
        HttpResponse<String> deep = rawPost(envelope(header + nested(150), "<a:ListAgencies/>"), "ListAgencies");
        assertClientFault(deep, "XML_LIMIT_EXCEEDED");
    }

    @Test
    void givenEnvelopeThatIsNotWellFormed_thenMalformedXml() {
        HttpResponse<String> r = rawPost(envelope(authHeader(tokenA), "<a:ListAgencies><a:q>x</a:ListAgencies>"),
                "ListAgencies");
        assertClientFault(r, "MALFORMED_XML");
    }

    @Test
    void givenMtomPackageOverTheSizeLimit_thenTooLargeAndNothingPersisted() throws Exception {
        AxisPortType soap = port(newSeen());
        Footprint before = footprint();
        byte[] big = new byte[MAX_PACKAGE_BYTES + 512 * 1024];
        java.util.Arrays.fill(big, (byte) '<');
        AxisFault f = fault(() -> soap.sendPackage(send(new DataHandler(new ByteDataSource(big,
                "application/octet-stream"))), auth(tokenA)));
        assertThat(f.getCode()).isEqualTo("TOO_LARGE");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenInlineBase64OverTheTextLimit_thenXmlLimitExceededAndNothingPersisted() {
        Footprint before = footprint();
        String base64 = java.util.Base64.getEncoder().encodeToString(new byte[MAX_PACKAGE_BYTES - 1024]);
        HttpResponse<String> r = rawPost(envelope(authHeader(tokenA),
                "<a:SendPackage><a:package>" + base64 + "</a:package></a:SendPackage>"), "SendPackage");
        assertClientFault(r, "XML_LIMIT_EXCEEDED");
        assertThat(footprint()).isEqualTo(before);
    }

    /** The camel-cxf consumer (ADR 033) sends back no request header, SOAP header or Camel header. */
    @Test
    void givenRequestHeaders_thenTheAnswerEchoesNoneOfThemNorTheAxisAuthToken() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ws/axis"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:lienthong:axis:v1:ListAgencies\"")
                .header("X-Probe", "echo-me")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(authHeader(tokenA),
                        "<a:ListAgencies><a:q>x</a:q></a:ListAgencies>"), StandardCharsets.UTF_8)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().map().keySet()).as("response headers")
                .noneMatch(h -> h.equalsIgnoreCase("X-Probe") || h.equalsIgnoreCase("SOAPAction")
                        || h.equalsIgnoreCase("operationName") || h.toLowerCase(java.util.Locale.ROOT).startsWith("camel"));
        assertThat(r.body()).contains("ListAgenciesResponse").doesNotContain(tokenA).doesNotContain("AxisAuth");
    }

    private static String authHeader(String token) {
        return "<a:AxisAuth><a:token>" + token + "</a:token></a:AxisAuth>";
    }

    /** An unknown header element (no mustUnderstand, so ignored) nested {@code depth} levels. */
    private static String nested(int depth) {
        return "<n:x xmlns:n=\"urn:example:unknown\">" + "<n:x>".repeat(depth - 1) + "</n:x>".repeat(depth);
    }

    private static void assertClientFault(HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).as(r.body()).containsPattern("<faultcode>[^<]*:Client</faultcode>")
                .containsPattern("code>" + code + "</").doesNotContain("\tat ", "vn.lienthong", "com.ctc.wstx");
    }

    private String sendStatus(AxisPortType soap, String docId, StatusCode code) throws Exception {
        Path file = signed(TestPackages.status(B, A, docId, code), DATA.resolve("out"), B);
        Receipt r = soap.sendPackage(send(new DataHandler(new FileDataSource(file.toFile()))), auth(tokenB))
                .getReceipt();
        assertThat(r.getKind()).isEqualTo("status");
        assertThat(r.getRecipient()).singleElement().satisfies(x -> assertThat(x.getOrganId()).isEqualTo(A));
        return r.getAxisId();
    }

    private double received(String outcome) {
        var c = meters.find("axis.packages.received").tags("api", "soap", "outcome", outcome).counters();
        return c.stream().mapToDouble(x -> x.count()).sum();
    }

    private List<PendingItem> pending(AxisPortType soap, String token, String kind) throws AxisFault_Exception {
        ListPending l = new ListPending();
        l.setKind(kind);
        l.setLimit(500);
        return soap.listPending(l, auth(token)).getItem();
    }

    private List<String> pendingIds(AxisPortType soap, String token, String kind) throws AxisFault_Exception {
        return pending(soap, token, kind).stream().map(PendingItem::getAxisId).toList();
    }

    private static SendPackage send(DataHandler dh) {
        SendPackage s = new SendPackage();
        s.setPackage(dh);
        return s;
    }

    private static GetPackage get(String axisId) {
        GetPackage g = new GetPackage();
        g.setAxisId(axisId);
        return g;
    }

    /** One duty as both edges show it; {@code late} in whole seconds. */
    record Duty(String duty, Instant due, Instant doneAt, String outcome, long lateSeconds, long late) {}

    /** GetTrace with includeDuties carries, per recipient, exactly the duties of the REST trace. */
    private void assertTheSameDutiesAsTheRestTrace(AxisPortType soap, String axisId) throws Exception {
        GetTrace ask = trace(axisId);
        ask.setIncludeDuties(true);
        Map<String, List<Duty>> viaSoap = soap.getTrace(ask, auth(tokenA)).getRecipient().stream()
                .collect(Collectors.toMap(RecipientTrace::getOrganId, r -> r.getDuty().stream().map(d -> new Duty(
                        d.getDuty(), instant(d.getDue()), instant(d.getDoneAt()), d.getOutcome(), d.getLateSeconds(),
                        d.getLate().getTimeInMillis(new Date(0)) / 1000)).toList()));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/packages/"
                + axisId + "/trace")).header("Authorization", "Bearer " + tokenA).GET().build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<String, List<Duty>> viaRest = new HashMap<>();
        for (JsonNode copy : new ObjectMapper().readTree(r.body()).path("recipients")) {
            List<Duty> duties = new ArrayList<>();
            for (JsonNode d : copy.path("duties")) {
                duties.add(new Duty(d.path("duty").asText(), Instant.parse(d.path("due").asText()),
                        d.path("doneAt").isTextual() ? Instant.parse(d.path("doneAt").asText()) : null,
                        d.path("outcome").asText(), d.path("lateSeconds").asLong(),
                        java.time.Duration.parse(d.path("late").asText()).toSeconds()));
            }
            viaRest.put(copy.path("organId").asText(), duties);
        }
        assertThat(viaRest.get(B)).as(r.body()).extracting(Duty::duty).contains("received", "arrived", "registered");
        assertThat(viaSoap).isEqualTo(viaRest);
    }

    private static Instant instant(XMLGregorianCalendar t) {
        return t == null ? null : Instant.parse(t.toXMLFormat());
    }

    private static GetTrace trace(String axisId) {
        GetTrace g = new GetTrace();
        g.setAxisId(axisId);
        return g;
    }

    private static Acknowledge ack(String axisId, String result) {
        Acknowledge a = new Acknowledge();
        a.setAxisId(axisId);
        a.setResult(result);
        return a;
    }

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    static AxisFault fault(Call call) {
        AxisFault_Exception e = catchThrowableOfType(AxisFault_Exception.class, call::run);
        assertThat(e).as("an AxisFault").isNotNull();
        return e.getFaultInfo();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
