package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.RawHttp;

/**
 * Work before authentication: every mapped endpoint (MVC, actuator, CXF, VXP) refuses an anonymous
 * call, and a refusal happens before the body is read or parsed.
 */
class EdgeSecurityIT extends EdgeTestBase {
    static final String SOAP_HEAD = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Header/><soap:Body><a:SendPackage><package>";

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;
    @Autowired PathMappedEndpoints actuator;
    @Autowired Bus bus;

    /** Paths anyone may read: the contracts (OpenAPI, WSDL) and the health status; the console has its own chain (ConsoleSecurityIT). */
    static boolean open(String path) {
        return path.startsWith("/api/v1/openapi") || path.equals("/error") || path.startsWith("/console");
    }

    @Test
    void givenEveryMappedMvcEndpoint_whenAnonymous_thenRefusedWith401() {
        Api api = new Api(port);
        List<String> checked = new ArrayList<>();
        mvc.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (open(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]*}", "x").replace("/**", "/x");
                for (RequestMethod m : methods(info)) {
                    HttpResponse<String> r = api.send(api.request(path, null, null)
                            .method(m.name(), HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json").build());
                    assertThat(r.statusCode()).as(m + " " + path + ": " + r.body()).isEqualTo(401);
                    assertThat(r.body()).as(m + " " + path).contains("UNAUTHENTICATED");
                    checked.add(m + " " + path);
                }
            }
        });
        assertThat(checked).as("the enumeration found the APIs").anyMatch(s -> s.contains("/api/v1/packages"))
                .anyMatch(s -> s.contains("/admin/api/v1/clients")).anyMatch(s -> s.contains("/vxp/sendEdoc"))
                .anyMatch(s -> s.contains("/admin/api/v1/rate-limits"));
    }

    @Test
    void givenEveryActuatorEndpoint_whenAnonymous_thenOnlyHealthAnswersAndWithoutDetails() {
        Api api = new Api(port);
        Set<String> paths = new TreeSet<>(actuator.getAllPaths());
        paths.add("/actuator");
        assertThat(paths).contains("/actuator/health", "/actuator/prometheus", "/actuator/info");
        for (String path : paths) {
            HttpResponse<String> r = api.get(path, null, null);
            if (path.equals("/actuator/health")) {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(Api.json(r).path("status").asText()).isEqualTo("UP");
                assertThat(r.body()).doesNotContain("components", "details", DATA.toString());
            } else {
                assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(401);
            }
        }
    }

    @Test
    void givenEverySoapOperation_whenNoAxisAuthHeader_thenUnauthenticatedFaultButTheWsdlIsServed() {
        Api api = new Api(port);
        List<String> operations = new ArrayList<>();
        for (Server server : bus.getExtension(ServerRegistry.class).getServers()) {
            String address = server.getEndpoint().getEndpointInfo().getAddress();
            String url = address.startsWith("http") ? URI.create(address).getPath() : "/ws" + address;
            assertThat(api.get(url + "?wsdl", null, null).statusCode()).isEqualTo(200);
            for (BindingOperationInfo op : server.getEndpoint().getBinding().getBindingInfo().getOperations()) {
                QName in = op.getOperationInfo().getInput().getMessageParts().get(0).getElementQName();
                String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                        + "<soap:Body><n:" + in.getLocalPart() + " xmlns:n=\"" + in.getNamespaceURI() + "\"/>"
                        + "</soap:Body></soap:Envelope>";
                HttpResponse<String> r = api.send(api.request(url, null, null)
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
                assertThat(r.statusCode()).as(op.getName() + ": " + r.body()).isEqualTo(500);
                assertThat(r.body()).as(op.getName().toString()).contains("soap:Client", "<code>UNAUTHENTICATED</code>");
                operations.add(op.getName().getLocalPart());
            }
        }
        assertThat(operations).contains("SendPackage", "ListPending", "GetPackage", "Acknowledge", "GetTrace",
                "ListAgencies");
    }

    @Test
    void givenWsdlOrXsdQueriesForDocumentsThatDoNotExist_thenA404WithoutStackTraceOrEcho(CapturedOutput output) {
        Api api = new Api(port);
        for (String query : List.of("xsd=x", "wsdl=nope", "xsd=..%2F..%2Fetc%2Fpasswd", "wsdl&xsd=probe-4711")) {
            HttpResponse<String> r = api.get("/ws/axis?" + query, null, null);
            assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(404);
            assertThat(Api.json(r).path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(r.body()).doesNotContain("nope", "passwd", "probe-4711", "at org.apache", "Exception");
        }
        assertThat(api.get("/ws/axis?wsdl", null, null).body()).contains("AxisService");
        assertThat(output.getAll()).contains("Refused GET /ws/axis from")
                .doesNotContain("probe-4711").doesNotContain("WSDLQueryException").doesNotContain("at org.apache.cxf");
    }

    @Test
    void givenAnonymousRequestsThatAreNotSoap11_thenOneLogLineEachAndNoStackTrace(CapturedOutput output) {
        String envelope11 = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<a:ListAgencies xmlns:a=\"urn:lienthong:axis:v1\"/></soap:Body></soap:Envelope>";
        String envelope12 = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>"
                + "<a:ListAgencies xmlns:a=\"urn:lienthong:axis:v1\"/></s:Body></s:Envelope>";
        record Probe(String method, String contentType, String body, String code) {}
        List<Probe> probes = List.of(
                new Probe("HEAD", "text/xml", "", null),
                new Probe("PUT", "text/xml", envelope11, "BAD_REQUEST"),
                new Probe("DELETE", "text/xml", "", "BAD_REQUEST"),
                new Probe("POST", "application/soap+xml; charset=utf-8", envelope12, "UNSUPPORTED_MEDIA_TYPE"),
                new Probe("POST", "text/xml", "<foo/>", "BAD_REQUEST"),
                new Probe("POST", "multipart/related", envelope11, "BAD_REQUEST"),
                new Probe("POST", "multipart/related; boundary=zzz; type=\"application/xop+xml\"", envelope11,
                        "BAD_REQUEST"),
                new Probe("POST", "text/xml; charset=nope", envelope11, "UNSUPPORTED_MEDIA_TYPE"));
        int mark = output.getAll().length();
        for (Probe p : probes) {
            byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
            try (RawHttp http = new RawHttp(port)) {
                http.head(p.method() + " /ws/axis HTTP/1.1\nHost: 127.0.0.1\nConnection: close\nContent-Type: "
                        + p.contentType() + "\nContent-Length: " + body.length).send(body);
                String answer = http.answer(2000);
                assertThat(answer).as(p.toString()).startsWith("HTTP/1.1 500");
                if (p.code() != null) {
                    assertThat(answer).as(p.toString()).contains("<code>" + p.code() + "</code>");
                }
            }
        }
        String log = output.getAll().substring(mark);
        assertThat(log).doesNotContain("unwinding now").doesNotContain("\tat org.apache").doesNotContain(" ERROR ");
        assertThat(log.lines().filter(l -> l.contains("Refused")).count()).isEqualTo(probes.size());
    }

    @Test
    void givenNoAxisAuthHeader_thenRefusedBeforeBodyIsParsed(CapturedOutput output) {
        int declared = 20_000_000 + SOAP_HEAD.length() + 100;
        long start = System.nanoTime();
        try (RawHttp http = new RawHttp(port)) {
            // 20 M characters declared; only the head and 64 KiB of them are ever sent: a parser of the
            // body would wait for the rest, the edge answers without it.
            http.head("POST /ws/axis HTTP/1.1\nHost: 127.0.0.1\nContent-Type: text/xml; charset=UTF-8\n"
                    + "SOAPAction: \"urn:lienthong:axis:v1:SendPackage\"\nContent-Length: " + declared)
                .send(SOAP_HEAD.getBytes(StandardCharsets.UTF_8)).send("A".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8));
            String answer = http.answer(2000);
            assertThat(answer).startsWith("HTTP/1.1 500").contains("<code>UNAUTHENTICATED</code>", "AxisAuth/token");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5000);
        assertThat(output.getAll()).contains("Refused a SOAP request: UNAUTHENTICATED")
                .doesNotContain("unwinding now").doesNotContain("at org.apache.cxf.phase.PhaseInterceptorChain");
    }

    @Test
    void givenAnonymousRestSubmitOf20Megabytes_thenRefusedBeforeTheBodyIsRead() {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST /api/v1/packages HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/xml\n"
                    + "Content-Length: 20000000").send("<edXML".getBytes(StandardCharsets.UTF_8));
            String answer = http.answer(2000);
            assertThat(answer).startsWith("HTTP/1.1 401").contains("\"code\":\"UNAUTHENTICATED\"")
                    .contains("WWW-Authenticate: Bearer");
            assertThat(http.closedByServer()).as("the unread body is not drained").isTrue();
        }
    }

    @Test
    void givenMultipartDeclaring300GB_thenRefusedUpFront() {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST /api/v1/packages HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer whatever\n"
                    + "Content-Type: multipart/form-data; boundary=XyZ\nContent-Length: 300000000000");
            String answer = http.answer(2000);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"TOO_LARGE\"")
                    .contains("300000000000 bytes declared");
        }
    }

    private static List<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> m = info.getMethodsCondition().getMethods();
        return m.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(m);
    }
}
