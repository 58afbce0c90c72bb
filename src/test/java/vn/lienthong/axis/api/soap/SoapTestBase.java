package vn.lienthong.axis.api.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.MTOMFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.api.soap.contract.AxisAuth;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.api.soap.contract.AxisService;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.support.RecordingEndpoint;
import vn.lienthong.axis.support.TestPackages;

/**
 * The cast of the SOAP tests, on the sample directory: A (UBND tỉnh Mẫu) sends; B and D are local
 * pull units; C is a local push unit whose endpoint is a {@link RecordingEndpoint}; X is unknown.
 * Packages are real edXML, signed with the SAMPLE keys of {@code certs-sample/}.
 */
abstract class SoapTestBase {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final String D = "000.00.02.H99";
    static final String C = "000.00.03.H99";
    static final String X = "000.00.99.H98";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final RecordingEndpoint ENDPOINT = new RecordingEndpoint();

    @LocalServerPort int port;
    @Autowired AgencyRepository agencies;
    @Autowired ClientRegistry clients;
    @Autowired BlobStore blobs;
    @Autowired JdbcClient jdbc;

    String tokenA;
    String tokenB;
    String tokenD;

    @BeforeEach
    void cast() {
        agencies.upsert(new Agency(C, "Sở Xây dựng tỉnh Mẫu (push)", A, true, DeliveryMode.PUSH, ENDPOINT.url("/c"),
                SignaturePolicy.REQUIRED, true), "test");
        tokenA = clients.register("DMS of A", List.of(A)).token();
        tokenB = clients.register("DMS of B", List.of(B)).token();
        tokenD = clients.register("DMS of D", List.of(D)).token();
    }

    String wsdlUrl() {
        return "http://127.0.0.1:" + port + "/ws/axis?wsdl";
    }

    /** A CXF client built from the WSDL the axis serves, MTOM on; records the Content-Types it sees. */
    AxisPortType port(List<String> contentTypesSeen) throws Exception {
        AxisPortType p = new AxisService(new URL(wsdlUrl())).getAxisPort(new MTOMFeature(true));
        Client c = ClientProxy.getClient(p);
        c.getInInterceptors().add(new ContentTypeRecorder(Phase.RECEIVE, contentTypesSeen, "in "));
        c.getOutInterceptors().add(new ContentTypeRecorder(Phase.WRITE, contentTypesSeen, "out "));
        ((BindingProvider) p).getRequestContext().put("mtom-enabled", Boolean.TRUE);
        return p;
    }

    static AxisAuth auth(String token) {
        AxisAuth a = new AxisAuth();
        a.setToken(token);
        return a;
    }

    /** Writes and signs the package with the sender's SAMPLE RSA key; returns the file. */
    static Path signed(EdxmlPackage pkg, Path dir, String sender) {
        try {
            Files.createDirectories(dir);
            return TestPackages.writeSigned(pkg, Files.createTempFile(dir, "pkg-", ".edxml"), sender, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows and blob files: what a refusal must leave unchanged. */
    record Footprint(long packages, long deliveries, long blobFiles) {}

    Footprint footprint() {
        return new Footprint(count("package"), count("delivery"), blobs.count());
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    String deliveryState(String axisId, String recipient) {
        return jdbc.sql("select state from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(String.class).optional().orElse(null);
    }

    HttpResponse<String> rawGet(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** A hand-written SOAP request, for what a generated client cannot send. */
    HttpResponse<String> rawPost(String envelope, String action) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ws/axis"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:lienthong:axis:v1:" + action + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String envelope(String header, String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:a=\"urn:lienthong:axis:v1\">"
                + "<soap:Header>" + header + "</soap:Header><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static final class ContentTypeRecorder extends AbstractPhaseInterceptor<Message> {
        private final List<String> seen;
        private final String prefix;

        ContentTypeRecorder(String phase, List<String> seen, String prefix) {
            super(phase);
            this.seen = seen;
            this.prefix = prefix;
        }

        @Override
        public void handleMessage(Message message) {
            seen.add(prefix + message.get(Message.CONTENT_TYPE));
        }
    }

    static List<String> newSeen() {
        return new CopyOnWriteArrayList<>();
    }
}
